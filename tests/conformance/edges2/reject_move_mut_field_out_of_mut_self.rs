// E0507: binding the `&mut` field by `let v = self.input;` (no type written) moves it.
struct Parser<'a> {
    input: &'a mut Vec<i32>,
}

impl<'a> Parser<'a> {
    fn push(&mut self, x: i32) {
        let v = self.input;
        v.push(x);
    }
}

fn main() {
    let mut v = vec![1];
    let mut p = Parser { input: &mut v };
    p.push(2);
    println!("{:?}", v);
}
