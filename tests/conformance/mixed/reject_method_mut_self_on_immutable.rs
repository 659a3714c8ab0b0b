// E0596: calling a &mut self method on a struct bound without mut.
struct Stack {
    items: Vec<u8>,
}

impl Stack {
    fn push(&mut self, x: u8) {
        self.items.push(x);
    }
}

fn main() {
    let s = Stack { items: Vec::new() };
    s.push(1);
    println!("{}", s.items.len());
}
