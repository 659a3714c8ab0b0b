// E0502: extending a Vec from an iterator over itself.
fn main() {
    let mut v = vec![1, 2];
    v.extend(v.iter());
    println!("{:?}", v);
}
