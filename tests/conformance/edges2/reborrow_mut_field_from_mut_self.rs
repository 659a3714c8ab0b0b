// A `&'a mut` field returned from `&mut self` is reborrowed, not moved (no E0507).
struct Parser<'a> {
    input: &'a mut Vec<i32>,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn get(&mut self) -> &mut Vec<i32> {
        self.input
    }

    fn push(&mut self, x: i32) {
        let v: &mut Vec<i32> = self.input;
        v.push(x);
        self.pos += 1;
    }

    fn first_or_input(&mut self) -> &mut Vec<i32> {
        if self.pos > 10 {
            return self.input;
        }
        &mut *self.input
    }
}

fn pass(v: &mut Vec<i32>) -> &mut Vec<i32> {
    v
}

fn main() {
    let mut v = vec![1];
    let mut p = Parser { input: &mut v, pos: 0 };
    p.get().push(2);
    p.push(3);
    p.first_or_input().push(4);
    p.get().push(5);
    println!("{}", p.pos);
    let r = &mut v;
    pass(r).push(6);
    r.push(7);
    println!("{:?}", v);
}
