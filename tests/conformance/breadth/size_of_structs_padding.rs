// Checks struct sizes and alignments: field reordering removes padding, trailing padding rounds up to alignment.
use std::mem;

struct Mixed {
    a: u8,
    b: u32,
    c: u8,
}

struct Wide {
    flag: bool,
    big: u64,
}

struct Nested {
    inner: Mixed,
    tag: u8,
}

struct Named {
    name: String,
    age: u8,
}

#[derive(Clone, Copy)]
struct Pixel(u8, u8, u8);

fn main() {
    println!("Mixed {} align {}", mem::size_of::<Mixed>(), mem::align_of::<Mixed>());
    println!("Wide {} align {}", mem::size_of::<Wide>(), mem::align_of::<Wide>());
    println!("Nested {}", mem::size_of::<Nested>());
    println!("Named {} align {}", mem::size_of::<Named>(), mem::align_of::<Named>());
    println!("Pixel {} align {}", mem::size_of::<Pixel>(), mem::align_of::<Pixel>());
    println!("[Pixel; 4] {}", mem::size_of::<[Pixel; 4]>());
    let m = Mixed { a: 1, b: 2, c: 3 };
    let w = Wide { flag: true, big: 9 };
    println!("{} {}", m.a as u32 + m.b + m.c as u32, w.flag as u64 + w.big);
}
