// Checks the assert_eq! failure message with a custom formatted message and left/right Debug values.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn mirror(p: Point) -> Point {
    Point { x: p.y, y: p.y }
}

fn main() {
    let a = mirror(Point { x: 3, y: 3 });
    assert_eq!(a, Point { x: 3, y: 3 });
    println!("first mirror ok");
    let b = mirror(Point { x: 1, y: 2 });
    assert_eq!(b, Point { x: 2, y: 1 }, "mirror of {} failed", "(1, 2)");
    println!("unreachable");
}
