// A shared reborrow `&*y` of a `&mut` ends at its last use; `*y += 1` follows.
fn main() {
    let mut x = 1;
    let y = &mut x;
    let z = &*y;
    println!("{z}");
    *y += 1;
    println!("{x}");
}
