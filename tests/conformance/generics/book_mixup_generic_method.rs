// The Book's Listing 10-11: a generic method with its own type parameters mixes two differently typed Points.
struct Point<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1, Y1> Point<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X1, Y2> {
        Point {
            x: self.x,
            y: other.y,
        }
    }
}

fn main() {
    let p1 = Point { x: 5, y: 10.4 };
    let p2 = Point { x: "Hello", y: 'c' };

    let p3 = p1.mixup(p2);

    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);

    let p4 = Point { x: String::from("owned"), y: 2u8 };
    let p5 = p4.mixup(Point { x: true, y: vec![1, 2, 3] });
    println!("p5.x = {}, p5.y = {:?}", p5.x, p5.y);
}
