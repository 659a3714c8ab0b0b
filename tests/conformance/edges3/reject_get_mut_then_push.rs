// E0499: a `&mut` from `last_mut()` is still used after `v.push`.
fn main() {
    let mut v = vec![1, 2];
    let last = v.last_mut().unwrap();
    v.push(3);
    *last += 1;
    println!("{:?}", v);
}
