// E0596: `&mut` of a binding from a struct shorthand pattern; rustc suggests `Point { mut x, .. }`.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let Point { x, y } = Point { x: 1, y: 2 };
    let r = &mut x;
    *r += y;
    println!("{x}");
}
