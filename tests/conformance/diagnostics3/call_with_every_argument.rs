// Near miss: the same functions called with all their arguments compile.
fn make_box(width: u32, height: u32, filled: bool) -> String {
    format!("{}x{} {}", width, height, filled)
}

fn greet(name: &str) {
    println!("hello {}", name);
}

fn main() {
    println!("{}", make_box(3, 4, true));
    greet("ann");
}
