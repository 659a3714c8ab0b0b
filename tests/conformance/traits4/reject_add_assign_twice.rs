// E0119: two `impl AddAssign for P` conflict.
use std::ops::AddAssign;
#[derive(Debug)]
struct P { x: i32 }
impl AddAssign for P {
    fn add_assign(&mut self, o: P) { self.x += o.x; }
}
impl AddAssign for P {
    fn add_assign(&mut self, o: P) { self.x -= o.x; }
}
fn main() {
    let mut p = P { x: 1 };
    p += P { x: 2 };
    println!("{:?}", p);
}
