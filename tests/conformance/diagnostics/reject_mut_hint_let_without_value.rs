// E0384: a `let total: i32;` assigned twice; the suggestion puts `mut` in the declaration.
fn main() {
    let total: i32;
    total = 1;
    println!("{total}");
    total = 2;
    println!("{total}");
}
