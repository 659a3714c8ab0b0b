// E0382: two field reads of a moved struct in one expression; rustc reports only the last one (one report per move).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    let sum = p.x + p.y;
    println!("{sum} {}", q.x);
}
