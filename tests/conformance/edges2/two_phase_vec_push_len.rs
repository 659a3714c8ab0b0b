// Two-phase borrow: `v.push(v.len())` compiles.
fn main() {
    let mut v: Vec<usize> = vec![1];
    v.push(v.len());
    v.insert(0, v.len() * 10);
    println!("{:?}", v);
}
