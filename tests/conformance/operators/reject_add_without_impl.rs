// E0369: `+` on a struct that has no `impl Add` (beside a near miss that has one, `Meters`).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

#[derive(Debug, Clone, Copy)]
struct Feet(u32);

impl Add for Meters {
    type Output = Meters;

    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let m = Meters(1) + Meters(2);
    let f = Feet(3) + Feet(4);
    println!("{:?} {:?}", m, f);
}
