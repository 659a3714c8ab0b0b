// E0506: reassigning `r` only on one branch leaves the loan on `a` live.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    if b > 5 {
        r = &b;
    }
    a = 5;
    println!("{} {}", r, a);
}
