// E0277: `{:?}` on a struct deriving only Clone; rustc suggests adding `#[derive(Debug)]` on a new line above it.
#[derive(Clone)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p.clone();
    println!("{:?} {}", q, p.x + p.y);
}
