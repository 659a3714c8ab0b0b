// Near miss of reject_for_over_field_then_self_method: count first, then update the field after the loop.
struct Inventory {
    items: Vec<String>,
    count: usize,
}

impl Inventory {
    fn process(&mut self) {
        let mut seen = 0;
        for item in &self.items {
            seen += 1;
            println!("{} {}", item, item.len());
        }
        self.count += seen;
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("a"), String::from("bcd")], count: 0 };
    inv.process();
    println!("{}", inv.count);
}
