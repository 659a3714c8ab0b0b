// E0592: two `area`s in one impl block: the second is the error, the first the other one.
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    pub fn area(&self) -> u32 {
        self.w * self.h
    }
    fn area(&self) {}
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    println!("{}", r.w + r.h);
}
