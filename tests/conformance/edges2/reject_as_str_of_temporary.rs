// E0716: `as_str()` of a temporary String; the String dies at the end of the `let`.
fn main() {
    let s = String::from("ab").as_str();
    println!("{}", s);
}
