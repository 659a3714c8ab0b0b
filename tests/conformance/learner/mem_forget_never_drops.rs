struct D;
impl Drop for D { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let d = D;
    std::mem::forget(d);
    let s = String::from("leak");
    std::mem::forget(s);
    println!("end");
}
