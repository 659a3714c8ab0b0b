// E0499: two closures each capture `n` by `&mut`; the first is called after the second is made.
fn main() {
    let mut n = 0;
    let mut a = || n += 1;
    let mut b = || n += 2;
    a();
    b();
    println!("{n}");
}
