// Near miss: T is inferred from a later push, from an annotation, or from a turbofish.
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
}

fn main() {
    let mut later = Stack::new();
    later.push(2.5);
    let annotated: Stack<bool> = Stack::new();
    let fished = Stack::<char>::new();
    println!("{} {} {}", later.items.len(), annotated.items.len(), fished.items.len());
    println!("{}", later.items[0]);
}
