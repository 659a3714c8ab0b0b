// rustc rejects: `swap(x: &mut &str, y: &mut &str)` writes a `&str` of one elided lifetime where another is expected.
fn swap(x: &mut &str, y: &mut &str) {
    let t = *x;
    *x = *y;
    *y = t;
}
fn main() {
    let mut p = "p";
    let mut q = "q";
    swap(&mut p, &mut q);
    println!("{} {}", p, q);
}
