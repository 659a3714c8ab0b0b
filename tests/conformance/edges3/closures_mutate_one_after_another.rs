// Near miss: the first mutating closure's scope ends before the second is made.
fn main() {
    let mut n = 0;
    {
        let mut a = || n += 1;
        a();
        a();
    }
    let mut b = || n *= 10;
    b();
    println!("{n}");
}
