// E0499: Rustlings: two `&mut x` alive at once, both pushed to.
fn main() {
    let mut x = Vec::new();
    let y = &mut x;
    let z = &mut x;
    y.push(42);
    z.push(13);
    assert_eq!(x, [42, 13]);
}
