// E0502: the Vec is borrowed by `first` while the closure needs it mutably.
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    let mut add = || v.push(3);
    add();
    println!("{}", first);
}
