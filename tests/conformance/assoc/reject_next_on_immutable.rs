// E0596: calling the program's `next` (which takes `&mut self`) on a binding not declared `mut`.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        self.count += 1;
        Some(self.count)
    }
}

fn main() {
    let c = Counter { count: 0 };
    println!("{:?}", c.next());
}
