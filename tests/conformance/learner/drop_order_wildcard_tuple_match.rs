#[derive(Debug)]
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { D(n) }
fn main() {
    let _ = make(1);
    let _x = make(2);
    let t = (make(3), make(4));
    match make(5) { D(n) if n > 3 => println!("big {n}"), _ => {} }
    let v = vec![make(6), make(7)];
    std::mem::drop(t);
    println!("end {:?}", v.len());
}
