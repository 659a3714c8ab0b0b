// A learner's generic Stack<T> over a Vec<T>: new/push/pop/peek/len used with i32 and String, and the stacks drop at the end of main.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut numbers = Stack::new();
    numbers.push(1);
    numbers.push(2);
    numbers.push(3);
    println!("top: {:?}, len {}", numbers.peek(), numbers.len());
    while let Some(n) = numbers.pop() {
        println!("popped {}", n);
    }
    println!("empty: {}", numbers.is_empty());

    let mut words: Stack<String> = Stack::new();
    words.push(String::from("hello"));
    words.push(String::from("world"));
    if let Some(w) = words.peek() {
        println!("peek {} ({} bytes)", w, w.len());
    }
    let last = words.pop().unwrap();
    println!("{} left, popped {}", words.len(), last);
}
