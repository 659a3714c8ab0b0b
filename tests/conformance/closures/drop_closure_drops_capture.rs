// Dropping a closure drops the values moved into it, there and then.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let d = D(1);
    let c = move || println!("sees {}", d.0 + 0 * std::mem::size_of_val(&d) as i32);
    c();
    drop(c);
    println!("after drop");
    let e = D(2);
    let f = move || { let r = &e; println!("f {}", r.0); };
    let g = D(3);
    f();
    println!("end {}", g.0);
    let s = String::from("hello");
    let h = move || s.len();
    println!("{}", h());
}
