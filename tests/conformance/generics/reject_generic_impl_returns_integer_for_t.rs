// E0308: inside impl<T> Point<T> a field of type T cannot be given the integer 5 (T is any type the caller picks).
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x: 5, y }
    }
}

fn main() {
    let p = Point::new(1, 2);
    println!("{}", p.x);
}
