// Turbofish and annotations choose a generic struct's instantiation: Point::<i64>, Stack::<u8>::new(), and a let with the type written.
struct Point<T> {
    x: T,
    y: T,
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }
}

fn main() {
    let p = Point::<i64> { x: 1, y: 2 };
    println!("{}", p.x + p.y);
    let mut s = Stack::<u8>::new();
    s.push(255);
    println!("{:?} {}", s.items, std::mem::size_of_val(&s.items[0]));
    let q: Point<f32> = Point { x: 0.1, y: 0.2 };
    println!("{}", q.x + q.y);
    let mut t: Stack<char> = Stack::new();
    t.push('a');
    println!("{:?}", t.items);
}
