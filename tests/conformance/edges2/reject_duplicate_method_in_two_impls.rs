// E0592: the same method in two impl blocks; rustc points at the first and notes the other.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}

impl Counter {
    fn get(&self) -> u32 {
        self.n + 1
    }
}

fn main() {
    let c = Counter { n: 1 };
    println!("{}", c.get());
}
