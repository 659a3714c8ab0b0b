// E0381: borrowing a struct declared with `let q: P;` and never assigned.
struct P { x: i32, y: i32 }
fn main() {
    let p: P;
    p = P { x: 1, y: 2 };
    let q: P;
    let r = &q;
    println!("{} {}", p.x + p.y, r.x);
}
