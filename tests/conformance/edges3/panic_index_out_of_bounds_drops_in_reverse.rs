// Index out of bounds panics; unwinding drops `_x` and then the Vec's elements.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let v = vec![D("a"), D("b")];
    let _x = D("x");
    let idx = 5;
    println!("{}", v[idx].0);
}
