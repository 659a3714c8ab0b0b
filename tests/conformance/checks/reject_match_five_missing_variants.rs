// E0004: five variants missing; rustc names three and "2 more", and suggests a wildcard arm.
enum Color {
    Red,
    Green,
    Blue,
    Cyan,
    Magenta,
    Yellow,
}
fn name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
    }
}
fn main() {
    println!("{}", name(Color::Green));
}
