// Checks that calling a method that does not exist (Vec::length) is rejected with E0599.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.length());
}
