// Rust 2024 reserves `gen`: `let gen = 5;` is "expected identifier, found reserved keyword `gen`"
fn main() {
    let gen = 5;
    println!("{}", gen);
}
