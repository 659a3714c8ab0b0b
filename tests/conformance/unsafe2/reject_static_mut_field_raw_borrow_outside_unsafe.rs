// E0133: `&raw const ORIGIN.y` reads a place inside the static (only a bare `&raw const ORIGIN` is safe).
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

static mut ORIGIN: Point = Point { x: 1, y: 2 };

fn main() {
    let whole = &raw const ORIGIN;
    let y = &raw const ORIGIN.y;
    unsafe {
        println!("{} {}", (*whole).x, *y);
    }
}
