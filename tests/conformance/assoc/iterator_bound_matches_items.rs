// Near miss of reject_iterator_yields_other_items: the bound asks for the u64 items the program's iterator yields.
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

fn total<I: Iterator<Item = u64>>(it: I) -> u64 {
    it.sum()
}

fn main() {
    println!("{}", total(Counter { count: 0 }));
}
