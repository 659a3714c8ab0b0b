// E0407: an impl of a trait defines a method the trait does not declare.
trait Area {
    fn area(&self) -> u32;
}

struct Square(u32);

impl Area for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn perimeter(&self) -> u32 {
        4 * self.0
    }
}

fn main() {
    println!("{}", Square(3).area());
}
