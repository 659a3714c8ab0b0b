// E0308: `impl Add for Meters` takes a `Meters` on the right, not a `u32`.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add for Meters {
    type Output = Meters;

    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let m = Meters(1) + 2;
    println!("{:?}", m);
}
