// E0502: the Vec is printed while a struct holding `&mut v` is used again afterwards.
struct Holder<'a> { r: &'a mut Vec<i32> }
impl<'a> Holder<'a> {
    fn add(&mut self, x: i32) { self.r.push(x); }
}
fn main() {
    let mut v = vec![];
    let mut h = Holder { r: &mut v };
    h.add(1);
    println!("{:?}", v);
    h.add(2);
}
