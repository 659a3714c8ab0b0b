// E0499: `&mut` elements collected from `iter_mut` are alive while `v.push` runs.
fn main() {
    let mut v = vec![1, 2];
    let mut refs = Vec::new();
    for x in v.iter_mut() {
        refs.push(x);
    }
    v.push(3);
    println!("{}", refs.len());
}
