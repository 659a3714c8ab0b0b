// E0308: a Stack<i32>'s push takes an i32, so pushing a &str is a mismatch.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    s.push("three");
    println!("{}", s.items.len());
}
