// E0502: `p += ..` needs `&mut p` while `r` still reads `p` later.
use std::ops::AddAssign;

#[derive(Debug, Clone)]
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
    p += p.clone();
    let r = &p;
    p += P { x: 1 };
    println!("{:?}", r);
}
