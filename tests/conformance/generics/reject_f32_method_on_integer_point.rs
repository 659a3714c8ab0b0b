// E0599: distance_from_origin exists only for Point<f32>, not for the Point<{integer}> built here.
struct Point<T> {
    x: T,
    y: T,
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("{}", p.distance_from_origin());
}
