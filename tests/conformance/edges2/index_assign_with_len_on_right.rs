// `v[0] = v.len()` compiles: the right side is evaluated before `IndexMut` borrows `v`.
fn main() {
    let mut v = vec![0usize; 3];
    v[0] = v.len();
    let n = v.len();
    v[n - 1] = 9;
    println!("{:?}", v);
}
