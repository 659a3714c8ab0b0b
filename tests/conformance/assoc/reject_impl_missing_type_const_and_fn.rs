// E0046: an impl missing an associated type, a const and a method: all three listed, each pointed at in the trait.
trait Shape {
    type Out;
    const SIDES: u32;
    fn name(&self) -> String;
}
struct Square;
impl Shape for Square {
}
fn main() {
    let _s = Square;
}
