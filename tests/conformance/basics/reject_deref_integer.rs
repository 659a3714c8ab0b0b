// Checks that dereferencing a plain i32 with * is rejected with E0614.
fn main() {
    let n = 10;
    let b = Box::new(n);
    println!("{}", *b + *n);
}
