// rustc accepts: once `x` points to `b`, `a` may be assigned even though `x` is used later.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut x = &a;
    println!("{x}");
    x = &b;
    a = 5;
    println!("{x} {a}");
}
