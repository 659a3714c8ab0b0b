// E0499: `r2 = &mut *r` is still used after `r` is used again.
fn main() {
    let mut n = 5;
    let r = &mut n;
    let r2 = &mut *r;
    *r += 1;
    *r2 += 1;
    println!("{n}");
}
