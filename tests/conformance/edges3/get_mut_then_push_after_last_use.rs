// Near miss: the `&mut` from `last_mut()` is last used before `push`.
fn main() {
    let mut v = vec![1, 2];
    let last = v.last_mut().unwrap();
    *last += 10;
    v.push(3);
    println!("{:?}", v);
}
