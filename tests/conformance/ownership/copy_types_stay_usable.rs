// Checks that Copy types (integers, floats, bool, char, &str, tuples and arrays of Copy, derived Copy structs) stay usable after assignment and calls.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

fn consume_point(p: Point) -> f64 {
    p.x + p.y
}

fn consume_all(n: i32, c: char, b: bool, s: &str, t: (u8, char), a: [i32; 2]) -> String {
    format!("{n}{c}{b}{s}{}{}{}", t.0, t.1, a[0] + a[1])
}

fn main() {
    let n = 7;
    let c = 'z';
    let b = true;
    let s = "lit";
    let t = (1u8, 'q');
    let a = [3, 4];
    let p = Point { x: 1.5, y: 2.0 };
    println!("{}", consume_all(n, c, b, s, t, a));
    println!("{}", consume_point(p));
    let moved_copy = p;
    println!("{n} {c} {b} {s} {:?} {:?} {:?} {:?}", t, a, p, moved_copy);
}
