// Near miss: the constructor builds Point<T> from its T arguments; Self and Point<T> name the same type.
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }

    fn flipped(self) -> Point<T> {
        Self { x: self.y, y: self.x }
    }
}

fn main() {
    let p = Point::new(1, 2).flipped();
    println!("{} {}", p.x, p.y);
    let q = Point::new("a", "b").flipped();
    println!("{} {}", q.x, q.y);
}
