// E0438: an impl gives a const its trait does not declare.
trait Shape {
    fn sides(&self) -> u32;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;

    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

fn main() {
    println!("{}", Square.sides());
}
