// `Self(..)` inside an impl builds the tuple struct, as its own name would.
#[derive(Debug)]
struct Meters(i32);

impl Meters {
    fn new() -> Self {
        Self(5)
    }

    fn doubled(&self) -> Self {
        Self(self.0 * 2)
    }
}

fn main() {
    let m = Meters::new();
    let d = m.doubled();
    println!("{:?} {:?}", m, d);
    println!("{}", d.0 + 1);
}
