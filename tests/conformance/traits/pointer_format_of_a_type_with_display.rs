// {:p} of a reference to a type with a hand-written Display prints an address, {} runs its fmt
use std::fmt;

struct P {
    x: i32,
}

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P({})", self.x)
    }
}

fn main() {
    let p = P { x: 3 };
    let r = &p;
    println!("{} {}", r, format!("{:p}", r).starts_with("0x"));
}
