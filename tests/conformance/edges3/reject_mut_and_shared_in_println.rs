// E0502: a `&mut` kept in a variable while the Vec is printed, then used again.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    println!("{:?}", v);
    m.push(2);
}
