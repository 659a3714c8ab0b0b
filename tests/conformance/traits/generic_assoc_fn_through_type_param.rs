// A bound's associated function called as `T::new()`, and a consuming generic that returns its argument.
trait Shape {
    fn unit() -> Self;
    fn area(&self) -> u32;
    fn describe(&self) -> String {
        format!("shape of area {}", self.area())
    }
}

struct Square(u32);
struct Rect(u32, u32);

impl Shape for Square {
    fn unit() -> Self {
        Square(1)
    }
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn unit() -> Rect {
        Rect(1, 2)
    }
    fn area(&self) -> u32 {
        self.0 * self.1
    }
}

fn unit_area<T: Shape>() -> u32 {
    let u = T::unit();
    u.area()
}

fn keep<T: Shape>(x: T) -> T {
    println!("{}", x.describe());
    x
}

fn main() {
    println!("{} {}", unit_area::<Square>(), unit_area::<Rect>());
    let s = keep(Square(3));
    let r = keep(Rect(2, 5));
    println!("{} {}", s.0, r.area());
}
