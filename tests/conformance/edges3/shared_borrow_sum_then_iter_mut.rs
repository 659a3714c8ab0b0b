// A shared borrow summed, then `iter_mut().for_each` adds the sum: the borrow ended.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    let total: i32 = r.iter().sum();
    v.iter_mut().for_each(|x| *x += total);
    println!("{:?}", v);
}
