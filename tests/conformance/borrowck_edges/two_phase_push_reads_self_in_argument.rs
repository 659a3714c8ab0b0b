// rustc accepts: two-phase borrows let a `&mut self` method's argument read the receiver.
struct Stack {
    items: Vec<usize>,
}

impl Stack {
    fn push(&mut self, x: usize) {
        self.items.push(x);
    }
    fn depth(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut v = vec![10, 20];
    v.push(v.len());
    v.insert(0, v[1] + v.len());
    let mut s = Stack { items: Vec::new() };
    s.push(s.depth());
    s.push(s.depth() * 10);
    println!("{:?} {:?}", v, s.items);
}
