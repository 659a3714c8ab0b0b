// The Book's ch. 5 Rect with `area`, `can_hold`, `Self::square`, `dbg!` and `{:#?}`.
#[derive(Debug)]
struct Rect { w: u32, h: u32 }
impl Rect {
    fn area(&self) -> u32 { self.w * self.h }
    fn can_hold(&self, other: &Rect) -> bool { self.w > other.w && self.h > other.h }
    fn square(size: u32) -> Self { Self { w: size, h: size } }
}
fn main() {
    let r1 = Rect { w: 30, h: 50 };
    let r2 = Rect::square(10);
    dbg!(&r1);
    println!("{} {} {:#?}", r1.area(), r1.can_hold(&r2), r2);
}
