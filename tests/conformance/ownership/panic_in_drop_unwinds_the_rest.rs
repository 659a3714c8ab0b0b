// A Drop that panics: that value counts as dropped, unwinding drops the others once.
struct Bomb(i32);
impl Drop for Bomb {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
        if self.0 == 2 {
            panic!("bomb");
        }
    }
}
fn main() {
    let _a = Bomb(1);
    let _b = Bomb(2);
}
