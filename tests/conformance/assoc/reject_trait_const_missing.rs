// E0046: a trait's const without a default must be given by each impl.
trait Shape {
    const SIDES: u32;
    fn name(&self) -> String;
}

struct Square;

impl Shape for Square {
    fn name(&self) -> String {
        String::from("square")
    }
}

fn main() {
    println!("{}", Square.name());
}
