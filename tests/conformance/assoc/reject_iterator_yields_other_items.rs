// E0271: the program's iterator yields u64 where `Iterator<Item = u32>` is required.
struct Counter {
    count: u64,
}

impl Iterator for Counter {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        self.count += 1;
        if self.count < 4 { Some(self.count) } else { None }
    }
}

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn main() {
    println!("{}", total(Counter { count: 0 }));
}
