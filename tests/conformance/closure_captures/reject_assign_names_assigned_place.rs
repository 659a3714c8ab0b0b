// E0506 names the place assigned in its "is borrowed here" label.
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let mut s = Size { w: 1, h: 2 };
    let whole = &s;
    s.w = 10;
    println!("{}", whole.h);

    let mut t = Size { w: 1, h: 2 };
    let part = &t.h;
    t = Size { w: 3, h: 4 };
    println!("{} {}", part, t.w);
}
