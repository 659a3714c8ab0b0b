// static_mut_refs (deny, 2024): `&ORIGIN.x` and `ARR.len()` borrow inside the static mut; `ARR[1]` copies and is fine.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

static mut ORIGIN: Point = Point { x: 0, y: 0 };
static mut ARR: [i32; 3] = [1, 2, 3];

fn main() {
    unsafe {
        ORIGIN.y = 5;
        let rx = &ORIGIN.x;
        let n = ARR.len();
        let second = ARR[1];
        println!("{} {} {} {}", rx, n, second, ORIGIN.y + 0);
    }
}
