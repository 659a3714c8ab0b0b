// E0502: `v[0].push(v[1][0])`: IndexMut's `&mut v` is active before the argument reads `v[1]`.
fn main() {
    let mut v = vec![vec![1], vec![2]];
    let n = v[0].len();
    v[1].push(n as i32);
    v[0].push(v[1][0]);
    println!("{:?}", v);
}
