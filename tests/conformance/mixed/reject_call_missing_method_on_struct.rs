// E0599: calling a method that is not defined in the struct's impl block.
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let r = Rect { w: 3, h: 4 };
    println!("{} {}", r.area(), r.perimeter());
}
