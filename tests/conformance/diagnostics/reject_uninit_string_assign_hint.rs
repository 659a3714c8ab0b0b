// E0381: a `let name: String;` printed before any value; rustc suggests `= Default::default()` and says "used" for a format argument.
fn main() {
    let name: String;
    println!("hello {}", name);
}
