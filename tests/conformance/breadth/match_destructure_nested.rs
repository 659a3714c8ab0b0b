// Checks destructuring structs, nested enums and tuples in match and let patterns, with .. to ignore fields.
#[derive(Debug)]
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

enum Color {
    Rgb(u8, u8, u8),
    Hsv(u16, u8, u8),
}

enum Event {
    Click { at: (i32, i32), color: Color },
    Key(char),
}

fn main() {
    let p = Point3 { x: 0, y: 7, z: -1 };
    match p {
        Point3 { x: 0, y, .. } => println!("on the y axis at {y}"),
        Point3 { x, y: 0, z } => println!("x={x} z={z}"),
        Point3 { .. } => println!("elsewhere"),
    }
    let Point3 { x: a, z: c, .. } = p;
    println!("{a} {c} {:?}", p);
    let events = [
        Event::Click { at: (3, 4), color: Color::Rgb(1, 2, 3) },
        Event::Click { at: (0, 0), color: Color::Hsv(300, 50, 50) },
        Event::Key('q'),
    ];
    for e in &events {
        match e {
            Event::Click { at: (x, y), color: Color::Rgb(r, _, b) } => println!("rgb click {x},{y} r={r} b={b}"),
            Event::Click { color: Color::Hsv(h, ..), .. } => println!("hsv click hue {h}"),
            Event::Key(k @ 'a'..='z') => println!("lower key {k}"),
            Event::Key(_) => println!("other key"),
        }
    }
}
