// E0437: an impl gives an associated type its trait does not declare.
trait Shape {
    fn sides(&self) -> u32;
}

struct Square;

impl Shape for Square {
    type Output = u32;

    fn sides(&self) -> u32 {
        4
    }
}

fn main() {
    println!("{}", Square.sides());
}
