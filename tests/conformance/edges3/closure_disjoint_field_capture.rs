// Edition 2021+ closures capture fields, not the whole struct: another field stays mutable.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let show_x = || println!("x = {}", p.x);
    p.y += 10;
    show_x();
    println!("y = {}", p.y);
}
