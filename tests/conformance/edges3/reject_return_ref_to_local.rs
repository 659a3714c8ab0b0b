// E0515: returning a reference to a local String.
fn make() -> &'static str {
    let s = String::from("local");
    &s
}

fn main() {
    println!("{}", make());
}
