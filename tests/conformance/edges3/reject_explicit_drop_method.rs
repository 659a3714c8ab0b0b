// E0040: the `drop` method of `Drop` cannot be called directly.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let mut d = D;
    d.drop();
}
