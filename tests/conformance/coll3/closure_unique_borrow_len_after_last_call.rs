// Near miss: reading `v.len()` after the closure's last call is accepted.
fn main() {
    let mut data = vec![1, 2];
    let v = &mut data;
    let mut add = |n| v.push(n);
    add(3);
    add(4);
    println!("{}", v.len());
    println!("{data:?}");
}
