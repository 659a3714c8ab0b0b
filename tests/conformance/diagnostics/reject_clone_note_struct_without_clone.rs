// E0382: a struct without Clone moved by `let`; rustc notes "if `Point` implemented `Clone`" at its definition.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    println!("{:?} {}", b, a.x + a.y);
}
