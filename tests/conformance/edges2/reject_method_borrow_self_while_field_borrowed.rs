// E0502: calling a `&mut self` method while a field of `self` is borrowed.
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
            println!("{}", item);
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("a")], count: 0 };
    inv.process();
    println!("{}", inv.count);
}
