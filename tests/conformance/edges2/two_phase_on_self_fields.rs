// Two-phase borrows through fields of `self`: `self.v.push(self.v.len())`, `self.log.push(self.n)`.
struct Stack {
    v: Vec<usize>,
    log: Vec<u32>,
    n: u32,
}

impl Stack {
    fn grow(&mut self) {
        self.v.push(self.v.len());
        self.log.push(self.n);
        self.n += 1;
    }
}

fn main() {
    let mut s = Stack { v: vec![], log: vec![], n: 7 };
    s.grow();
    s.grow();
    println!("{:?} {:?}", s.v, s.log);
}
