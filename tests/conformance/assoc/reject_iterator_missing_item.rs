// E0046: `impl Iterator` with `next` but no `type Item`.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    fn next(&mut self) -> Option<u32> {
        self.count += 1;
        Some(self.count)
    }
}

fn main() {
    let c = Counter { count: 0 };
    println!("{}", c.count);
}
