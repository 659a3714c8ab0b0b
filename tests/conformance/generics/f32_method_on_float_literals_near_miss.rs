// Near miss: float literals become f32 for the Point<f32>-only method, and an annotated Point<f32> works too.
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
    let p = Point { x: 0.6, y: 0.8 };
    println!("{}", p.distance_from_origin());
    let q: Point<f32> = Point { x: 5.0, y: 12.0 };
    println!("{}", q.distance_from_origin());
    println!("{}", std::mem::size_of_val(&p));
}
