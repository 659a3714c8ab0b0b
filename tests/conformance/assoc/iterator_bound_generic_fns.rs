// Generic functions bounded by `Iterator<Item = u32>` (`<I: ..>`, `where`, `impl Iterator<Item = ..>` parameters): one copy per iterator type, the program's own, a range (its literals typed u32 by the bound) and std's adaptors.
struct Counter {
    count: u32,
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

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn show<I>(it: I)
where
    I: Iterator<Item = u32>,
{
    for x in it {
        print!("{} ", x);
    }
    println!();
}

fn largest(items: impl Iterator<Item = i64>) -> Option<i64> {
    items.max()
}

fn main() {
    println!("{}", total(Counter { count: 0 }));
    println!("{}", total(0..5));
    println!("{}", total(vec![1u32, 2, 3].into_iter().skip(1)));
    show(Counter { count: 2 });
    show(Counter { count: 0 }.skip(3));
    println!("{:?}", largest(vec![3, -1, 8].into_iter()));
}
