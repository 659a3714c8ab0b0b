// Checks tuple structs with .0 access and destructuring, a unit struct, and their Debug output and sizes.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Color(u8, u8, u8);

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug, PartialEq)]
struct AlwaysEqual;

fn main() {
    let black = Color(0, 0, 0);
    let mut orange = Color(255, 165, 0);
    orange.2 = 10;
    let Color(r, g, b) = orange;
    println!("{r} {g} {b} {:?} {:?}", black, orange);
    let m = Meters(3.5);
    println!("{} {:?}", m.0 * 2.0, m);
    let subject = AlwaysEqual;
    println!("{:?} {}", subject, subject == AlwaysEqual);
    println!("{} {}", std::mem::size_of::<AlwaysEqual>(), std::mem::size_of::<Color>());
    println!("{}", black == Color(0, 0, 0));
}
