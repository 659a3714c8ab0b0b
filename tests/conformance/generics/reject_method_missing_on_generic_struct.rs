// E0599: Stack<T> has push but no method named peek.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
}

fn main() {
    let mut s = Stack { items: Vec::new() };
    s.push(1u8);
    println!("{:?}", s.peek());
}
