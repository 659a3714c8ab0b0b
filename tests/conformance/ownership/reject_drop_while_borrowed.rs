// Checks that calling drop(v) while a slice of v is still used is rejected with E0505.
fn main() {
    let v = vec![1, 2, 3];
    let tail = &v[1..];
    drop(v);
    println!("{:?}", tail);
}
