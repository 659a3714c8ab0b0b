// E0368: `impl Add for P` gives `p + q`, not `p += q` (that needs `AddAssign`).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
}

impl Add for P {
    type Output = P;
    fn add(self, other: P) -> P {
        P { x: self.x + other.x }
    }
}

fn main() {
    let mut p = P { x: 1 };
    p = p + P { x: 2 };
    p += P { x: 3 };
    println!("{:?}", p);
}
