// E0061: `make_box(3)` leaves out the last two parameters; rustc lists both types and suggests `/* u32 */, /* bool */`.
fn make_box(width: u32, height: u32, filled: bool) -> String {
    format!("{}x{} {}", width, height, filled)
}

fn main() {
    println!("{}", make_box(3));
}
