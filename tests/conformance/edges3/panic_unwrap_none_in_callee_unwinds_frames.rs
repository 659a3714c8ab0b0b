// `unwrap` on None in a called function: its local drops first, then main's Vec and `_m`.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn inner() { let _i = D("inner"); let o: Option<u8> = None; o.unwrap(); }
fn main() {
    let _m = D("main");
    let v = vec![D("v0"), D("v1")];
    inner();
    println!("{}", v.len());
}
