// E0502: `peek()` on a generic Stack<T> lends an element; `push` while it is alive.
struct Stack<T> { items: Vec<T> }
impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) { self.items.push(t); }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
}
fn main() {
    let mut s = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    let top = s.peek();
    s.push(String::from("c"));
    println!("{:?}", top);
}
