// Panics on assert_eq! of two derived-Debug structs with a custom message.
#[derive(Debug, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

fn step(p: &Pos) -> Pos {
    Pos { x: p.x + 1, y: p.y * 2 }
}

fn main() {
    let p = Pos { x: 1, y: 3 };
    let q = step(&p);
    assert_eq!(q, Pos { x: 2, y: 6 });
    let r = step(&q);
    assert_eq!(r, Pos { x: 3, y: 11 }, "after two steps from {:?}", p);
}
