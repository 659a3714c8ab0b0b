// E0382: writing through `*x` after the `&mut` reference `x` was moved into `y` is a use of the moved value.
fn main() {
    let mut a = 5;
    let x: &mut i32 = &mut a;
    let y = x;
    *x = 1;
    println!("{y}");
}
