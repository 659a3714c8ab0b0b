// E0506: shadowing `r` does not end the first borrow while the old value is used.
fn main() {
    let mut x = 1;
    let r = &x;
    let old = r;
    let r = 5;
    x = 2;
    println!("{} {} {}", old, r, x);
}
