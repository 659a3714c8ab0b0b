// Near miss: the shadowed reference is never used again, so `x` may change.
fn main() {
    let mut x = 1;
    let r = &x;
    println!("{}", r);
    let r = 5;
    x = 2;
    println!("{} {}", r, x);
}
