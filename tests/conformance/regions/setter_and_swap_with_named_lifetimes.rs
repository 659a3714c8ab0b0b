// near miss rustc accepts: a setter taking `&'a str`, and `swap` of two `&mut &'a str` (the call does not keep the borrows of `p` and `q`).
struct S<'a> {
    name: &'a str,
}
impl<'a> S<'a> {
    fn set(&mut self, name: &'a str) {
        self.name = name;
    }
    fn get(&self) -> &str {
        self.name
    }
}
fn swap<'a>(x: &mut &'a str, y: &mut &'a str) {
    let t = *x;
    *x = *y;
    *y = t;
}
fn main() {
    let mut s = S { name: "a" };
    s.set("b");
    let mut p = "p";
    let mut q = "q";
    swap(&mut p, &mut q);
    println!("{} {} {}", s.get(), p, q);
}
