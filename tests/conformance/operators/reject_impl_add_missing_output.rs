// E0046: `impl Add` gives `add` but not the associated type `Output`.
use std::ops::Add;

struct Meters(u32);

impl Add for Meters {
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn main() {
    let m = Meters(1) + Meters(2);
    println!("{}", m.0);
}
