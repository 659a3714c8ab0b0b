// E0499: two closures each need a unique borrow of `n`.
fn main() {
    let mut n = 0;
    let mut a = || n += 1;
    let mut b = || n += 2;
    a();
    b();
    println!("{}", n);
}
