// str == &str has no PartialEq impl: E0277.
fn main() {
    let r: &str = "x";
    println!("{}", *r == r);
}
