// E0282: Stack::new() with nothing ever pushed leaves T unknown, so rustc asks for an annotation.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
}

fn main() {
    let s = Stack::new();
}
