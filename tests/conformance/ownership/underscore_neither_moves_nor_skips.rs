// `_ = b;` does not move or drop `b`; `let _ = v[3];` still checks the index.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let b = D;
    _ = b;
    println!("end");
    let v: Vec<i32> = vec![1];
    let _ = v[0];
    _ = v[0];
    let _ = v[3];
    println!("unreachable");
}
