// Checks that == on a struct without #[derive(PartialEq)] is rejected with E0369.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    println!("{}", a == b);
    println!("{} {}", a.x, b.y);
}
