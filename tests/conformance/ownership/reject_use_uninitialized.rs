// Checks that reading a declared but never initialized binding is rejected with E0381.
fn main() {
    let x: i32;
    let y = x + 1;
    println!("{y}");
}
