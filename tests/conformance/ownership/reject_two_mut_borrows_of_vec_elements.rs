// Checks that borrowing two Vec elements mutably at once through indexing is rejected with E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[2];
    *a += *b;
    println!("{:?}", v);
}
