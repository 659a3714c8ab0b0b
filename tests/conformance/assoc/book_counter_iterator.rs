// The Book's ch. 13.2 `Counter`: `impl Iterator` with `type Item = u32`, called by hand and through zip, skip, map, filter and sum.
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut counter = Counter::new();
    assert_eq!(counter.next(), Some(1));
    assert_eq!(counter.next(), Some(2));
    println!("{:?} {:?} {:?}", counter.next(), counter.next(), counter.next());
    println!("{:?} {:?}", counter.next(), counter.next());

    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);

    for n in Counter::new() {
        print!("{} ", n);
    }
    println!();
}
