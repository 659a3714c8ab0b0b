// `static mut` of a Copy struct, an array, a tuple and a bool: fields, elements and the whole value written in place.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

static mut ORIGIN: Point = Point { x: 0, y: 0 };
static mut SCORES: [u32; 3] = [10, 20, 30];
static mut PAIR: (u8, i64) = (1, -1);
static mut READY: bool = false;

fn step() {
    unsafe {
        for i in 0..3 {
            SCORES[i] += 1;
        }
        ORIGIN.x += 2;
        ORIGIN.y -= 1;
        PAIR.1 *= 10;
        READY = !READY;
    }
}

fn main() {
    step();
    step();
    let (origin, scores, pair, ready) = unsafe { (ORIGIN, SCORES, PAIR, READY) };
    println!("{origin:?} {scores:?} {pair:?} {ready}");
    unsafe {
        ORIGIN = Point { x: 7, y: 8 };
    }
    let again = unsafe { ORIGIN };
    println!("{:?} sum {}", again, again.x + again.y);
}
