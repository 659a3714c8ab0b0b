// E0384: assigning twice to an immutable variable.
fn main() {
    let x = 5;
    println!("{x}");
    x = 6;
    println!("{x}");
}
