// The iterator borrows `v` until its last use: the push in between is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter().map(|x| x * 2);
    v.push(4);
    let w: Vec<i32> = it.collect();
    println!("{:?}", w);
}
