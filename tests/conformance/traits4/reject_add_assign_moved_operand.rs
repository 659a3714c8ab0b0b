// E0382: `p += q` moves `q` (not `Copy`) into `add_assign`; printing `q` afterwards is a use after move.
use std::ops::AddAssign;

#[derive(Debug)]
struct P {
    x: i32,
}

impl AddAssign for P {
    fn add_assign(&mut self, other: P) {
        self.x += other.x;
    }
}

fn main() {
    let mut p = P { x: 1 };
    let q = P { x: 2 };
    p += q;
    println!("{:?}", p);
    println!("{:?}", q);
}
