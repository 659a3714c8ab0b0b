// E0502: `v[v.len() - 1] += 1` on a Vec borrows v mutably (IndexMut) before v.len() runs; two-phase borrows do not apply.
fn main() {
    let mut counts = vec![0; 3];
    counts[counts.len() - 1] += 1;
    println!("{:?}", counts);
}
