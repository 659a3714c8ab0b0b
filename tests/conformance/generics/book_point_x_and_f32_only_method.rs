// The Book's Listings 10-9 and 10-10: `impl<T> Point<T>` for every Point, `impl Point<f32>` for one instantiation only.
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }

    fn y(&self) -> &T {
        &self.y
    }
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("p.x = {}", p.x());
    println!("p.y = {}", p.y());

    let q = Point { x: 3.0, y: 4.0 };
    println!("distance = {}", q.distance_from_origin());
    println!("q.x = {}", q.x());

    let words = Point { x: String::from("left"), y: String::from("right") };
    println!("{} and {}", words.x(), words.y());
}
