// A tuple drops its elements left to right; a Vec drops its elements in index order.
struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![D(1), D(2), D(3)];
    let t = (D(4), D(5));
    println!("built {} {}", v.len(), (t.0).0);
}
