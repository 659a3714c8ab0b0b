// E0596: `p += q` through `impl AddAssign` borrows `p` mutably, so `p` must be declared `mut`.
use std::ops::AddAssign;

#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
}

impl AddAssign for P {
    fn add_assign(&mut self, other: P) {
        self.x += other.x;
    }
}

fn main() {
    let p = P { x: 1 };
    p += P { x: 10 };
    println!("{:?}", p);
}
