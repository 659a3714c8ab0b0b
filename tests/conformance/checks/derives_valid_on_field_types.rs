// valid derives compile (no E0204/E0277/E0369): Copy on all-Copy fields, Clone/Debug/PartialEq through Vec, Option, Box, Rc, RefCell, tuples, arrays and references, Eq/Ord/Hash/Default
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Measure {
    value: f64,
    unit: char,
    ok: bool,
    at: Point,
    pair: (u8, i64),
    grid: [i16; 3],
    name: &'static str,
    parent: Option<Point>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
struct Owner {
    name: String,
    points: Vec<Point>,
    boxed: Option<Box<Point>>,
    tags: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
struct Shared {
    cell: Rc<RefCell<Vec<i32>>>,
    result: Result<i32, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Dot,
    Circle(Point, u32),
    Rect { corner: Point, w: u32, h: u32 },
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
    println!("{:?}", Point::default());
    let m = Measure { value: 1.5, unit: 'm', ok: true, at: p, pair: (1, 2), grid: [1, 2, 3],
                      name: "len", parent: None };
    let n = m;
    println!("{:?} {}", n, m == n);
    let o = Owner { name: String::from("ann"), points: vec![p], boxed: Some(Box::new(q)),
                    tags: vec![(String::from("t"), 1)] };
    let o2 = o.clone();
    println!("{:?} {}", o2, o == o2);
    let s = Shared { cell: Rc::new(RefCell::new(vec![1])), result: Ok(3) };
    let s2 = s.clone();
    s2.cell.borrow_mut().push(2);
    println!("{:?} {}", s, s == s2);
    let shapes = [Shape::Dot, Shape::Circle(p, 3), Shape::Rect { corner: q, w: 2, h: 1 }];
    let copy = shapes;
    println!("{:?} {}", copy, shapes[1] == copy[1]);
}
