// E0502: a borrow of one field is alive while a `&mut self` method borrows the whole struct.
struct Counter {
    name: String,
    hits: u32,
}

impl Counter {
    fn hit(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let mut c = Counter { name: String::from("c"), hits: 0 };
    let n = &c.name;
    c.hit();
    println!("{n} {}", c.hits);
}
