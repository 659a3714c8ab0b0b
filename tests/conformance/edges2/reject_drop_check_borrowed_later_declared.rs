// E0597: a value with `Drop` holding `&x` is dropped after `x` (declared before it).
struct Holder<'a>(&'a i32);

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        println!("drop holder {}", self.0);
    }
}

fn main() {
    let h;
    let x = 5;
    h = Holder(&x);
    println!("{}", h.0);
}
