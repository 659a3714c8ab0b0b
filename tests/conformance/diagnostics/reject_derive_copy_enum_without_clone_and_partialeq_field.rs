#[derive(Copy)]
enum Light {
    Red,
    Green,
}

#[derive(PartialEq)]
struct Point {
    x: i32,
}

#[derive(PartialEq)]
struct Wrap {
    p: Point,
    q: Light,
}

fn main() {
    let w = Wrap { p: Point { x: 1 }, q: Light::Red };
    let _ = w == w;
}
