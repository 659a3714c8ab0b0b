// E0502: `v.len()` while the `&mut` from `first_mut()` is still to be written through.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first_mut().unwrap();
    let len = v.len();
    *first = len as i32;
    println!("{:?}", v);
}
