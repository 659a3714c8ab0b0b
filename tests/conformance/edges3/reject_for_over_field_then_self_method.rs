// E0502: iterating `&self.items` while calling a `&mut self` method in the loop body.
struct Inventory {
    items: Vec<String>,
    count: usize,
}

impl Inventory {
    fn bump(&mut self) {
        self.count += 1;
    }

    fn process(&mut self) {
        for item in &self.items {
            self.bump();
            println!("{} {}", item, item.len());
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("a")], count: 0 };
    inv.process();
    println!("{}", inv.count);
}
