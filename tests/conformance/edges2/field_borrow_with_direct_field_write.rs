// Near miss: writing another field directly is disjoint from iterating `self.items`.
struct Inventory {
    items: Vec<String>,
    count: usize,
}

impl Inventory {
    fn process(&mut self) {
        for item in &self.items {
            self.count += item.len();
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("ab"), String::from("c")], count: 0 };
    inv.process();
    println!("{}", inv.count);
}
