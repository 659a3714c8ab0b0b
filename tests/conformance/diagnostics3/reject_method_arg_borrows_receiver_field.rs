// E0502: `b.add_all(&b.items)` borrows `b.items` for the argument while `add_all` needs `&mut b`; the argument's borrow is used by the call.
struct Bag {
    items: Vec<i32>,
    total: i32,
}

impl Bag {
    fn add_all(&mut self, more: &Vec<i32>) {
        for x in more {
            self.total += x;
        }
    }
}

fn main() {
    let mut b = Bag { items: vec![1, 2, 3], total: 0 };
    b.add_all(&b.items);
    println!("{}", b.total);
}
