// E0502: `v[v.len() - 1] += 1` on a Vec borrows `v` mutably for IndexMut before `len()` runs.
fn main() {
    let mut v = vec![1, 2, 3];
    v[v.len() - 1] += 1;
    println!("{:?}", v);
}
