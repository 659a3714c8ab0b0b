// E0502: `v[0].push(v[0].len())` on a Vec<Vec<i32>>: no two-phase borrow through IndexMut.
fn main() {
    let mut v = vec![vec![1], vec![2]];
    v[0].push(v[0].len() as i32);
    println!("{:?}", v);
}
