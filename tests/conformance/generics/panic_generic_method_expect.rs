// A panic inside a generic struct's method (pop on an empty stack with expect) reports the expect's location.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn pop_or_panic(&mut self) -> T {
        self.items.pop().expect("stack is empty")
    }
}

fn main() {
    let mut s = Stack { items: vec![10, 20] };
    println!("{}", s.pop_or_panic());
    println!("{}", s.pop_or_panic());
    println!("{}", s.pop_or_panic());
}
