// Two-phase borrows: `v.push(v.len())` and `v.insert(0, v[1])` compile and run.
fn main() {
    let mut v: Vec<usize> = vec![10, 20];
    v.push(v.len());
    v.insert(0, v[1]);
    println!("{:?}", v);
}
