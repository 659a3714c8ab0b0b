// Checks that initialising a bool binding with an integer is rejected with E0308 mismatched types.
fn main() {
    let ready: bool = 5;
    println!("{ready}");
}
