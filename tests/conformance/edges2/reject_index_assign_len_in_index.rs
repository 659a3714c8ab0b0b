// E0502: `v[v.len() - 1] = 9` evaluates `v.len()` after `IndexMut` took `&mut v`.
fn main() {
    let mut v = vec![0usize; 3];
    v[v.len() - 1] = 9;
    println!("{:?}", v);
}
