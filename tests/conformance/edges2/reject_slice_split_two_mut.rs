// E0499: two `&mut` into the same slice, even at different indices.
fn main() {
    let mut a = [1, 2, 3];
    let x = &mut a[0];
    let y = &mut a[1];
    *x += *y;
    println!("{:?}", a);
}
