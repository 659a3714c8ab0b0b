// Checks that a struct without derive(Copy) is moved on assignment, so using the original is rejected with E0382.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    println!("{:?} {:?}", a, b);
}
