// Near miss of reject_write_through_moved_mut_ref: `&mut *x` reborrows, so `x` is usable after `y`'s last use.
fn main() {
    let mut a = 5;
    let x: &mut i32 = &mut a;
    let y = &mut *x;
    *y += 1;
    *x += 10;
    println!("{a}");
}
