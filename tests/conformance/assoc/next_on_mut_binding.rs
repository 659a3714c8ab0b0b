// Near miss of reject_next_on_immutable: with `let mut` the program's `next` borrows the counter mutably, and a consumer then moves it.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count == 3 {
            None
        } else {
            self.count += 1;
            Some(self.count)
        }
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    println!("{:?}", c.next());
    println!("count now {}", c.count);
    let rest: Vec<u32> = c.collect();
    println!("{:?}", rest);
}
