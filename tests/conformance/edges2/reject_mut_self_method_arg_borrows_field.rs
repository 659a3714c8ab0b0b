// E0502: `self.add(&self.items[0])`-style: a `&mut self` call with a shared borrow argument.
struct Bag {
    items: Vec<String>,
}

impl Bag {
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut b = Bag { items: vec![String::from("a")] };
    b.add(&b.items[0]);
    println!("{:?}", b.items);
}
