// The same generic struct at several types, its fields read in loops: each
// instantiation keeps its own size and field offsets.
use std::mem::size_of;

struct Tagged<T> {
    value: T,
    tag: u8,
}

struct Small {
    a: u8,
}

struct Large {
    a: u64,
    b: u32,
}

enum Shape {
    Dot,
    Line(u16),
}

fn main() {
    let mut total = 0u64;
    for i in 0..3u8 {
        let s = Tagged { value: Small { a: i }, tag: i + 1 };
        let l = Tagged { value: Large { a: i as u64 * 10, b: 7 }, tag: i + 2 };
        let n = Tagged { value: 300u16 + i as u16, tag: 9 };
        total += s.value.a as u64 + s.tag as u64 + l.value.a + l.value.b as u64 + l.tag as u64;
        total += n.value as u64 + n.tag as u64;
    }
    println!("{total}");
    println!("{} {} {}", size_of::<Tagged<Small>>(), size_of::<Tagged<Large>>(),
             size_of::<Tagged<u16>>());
    println!("{} {}", size_of::<Tagged<Tagged<u16>>>(), size_of::<Option<Tagged<u32>>>());
    println!("{} {}", size_of::<Tagged<Shape>>(), size_of::<Option<Tagged<Shape>>>());
    println!("{} {}", size_of::<Tagged<&Small>>(), size_of::<Tagged<&[Large]>>());
    println!("{} {}", size_of::<Tagged<[Small; 3]>>(), size_of::<Tagged<(u8, u32)>>());
    let shapes = [Shape::Dot, Shape::Line(4)];
    for shape in &shapes {
        let t = Tagged { value: shape, tag: 1 };
        match t.value {
            Shape::Dot => println!("dot {}", t.tag),
            Shape::Line(n) => println!("line {n} {}", t.tag),
        }
    }
}
