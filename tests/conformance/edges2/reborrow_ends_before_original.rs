// Near miss: the reborrow's last use comes before `r` is used again.
fn main() {
    let mut x = 10;
    let r = &mut x;
    let r2 = &mut *r;
    *r2 += 1;
    *r += 1;
    println!("{}", x);
}
