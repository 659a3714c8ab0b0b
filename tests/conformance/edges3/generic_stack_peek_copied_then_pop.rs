// Near miss: `peek().copied()` ends the borrow before `pop`.
struct Stack<T> { items: Vec<T> }
impl<T: std::fmt::Debug> Stack<T> {
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
}
fn main() {
    let mut s = Stack { items: vec![1, 2] };
    let top = s.peek().copied();
    let popped = s.pop();
    println!("{:?} {:?}", top, popped);
}
