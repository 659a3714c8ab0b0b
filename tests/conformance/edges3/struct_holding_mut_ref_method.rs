// A struct holding `&'a mut Vec<i32>` pushes through a `&mut self` method; the Vec is printed after.
struct Holder<'a> { r: &'a mut Vec<i32> }
impl<'a> Holder<'a> {
    fn add(&mut self, x: i32) { self.r.push(x); }
}
fn main() {
    let mut v = vec![];
    let mut h = Holder { r: &mut v };
    h.add(1);
    h.add(2);
    println!("{:?}", v);
}
