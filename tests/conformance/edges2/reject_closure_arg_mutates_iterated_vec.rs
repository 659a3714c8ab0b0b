// E0502: `for_each` borrows `v` while its closure pushes to it.
fn main() {
    let mut v = vec![1, 2];
    v.iter().for_each(|x| v.push(*x));
    println!("{:?}", v);
}
