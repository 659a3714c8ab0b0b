// E0499: two-phase borrows allow reads of `v` in the arguments, not another `&mut`.
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
