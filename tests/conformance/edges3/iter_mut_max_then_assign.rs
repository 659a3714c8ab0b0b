// `iter_mut().max()` gives a `&mut` to the largest element, assigned through at once.
fn main() {
    let mut v = vec![5, 3, 8];
    let m = v.iter_mut().max().unwrap();
    *m = 0;
    println!("{:?}", v);
}
