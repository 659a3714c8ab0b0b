// E0499: `std::mem::swap(&mut v[0], &mut v[1])` borrows `v` mutably twice.
fn main() {
    let mut v = vec![1, 2];
    std::mem::swap(&mut v[0], &mut v[1]);
    println!("{:?}", v);
}
