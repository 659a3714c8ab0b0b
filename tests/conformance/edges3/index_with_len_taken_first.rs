// Near miss of the IndexMut rule: the length and position are taken before the indexed write.
fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    v[n - 1] += v[0];
    let i = v.iter().position(|&x| x == 2).unwrap();
    v[i] = v[i] * 100;
    println!("{:?}", v);
}
