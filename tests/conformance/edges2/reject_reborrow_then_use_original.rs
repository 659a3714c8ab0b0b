// E0499: a reborrow `&mut *r` is live while `r` is used again.
fn main() {
    let mut x = 10;
    let r = &mut x;
    let r2 = &mut *r;
    *r += 1;
    *r2 += 1;
    println!("{}", x);
}
