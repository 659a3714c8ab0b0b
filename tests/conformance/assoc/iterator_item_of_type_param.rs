// `I: Iterator` without a binding: `I::Item` in the return type follows each call's iterator (the program's, a Vec's IntoIter of &str, a range, Chars).
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

fn second<I: Iterator>(mut it: I) -> Option<I::Item> {
    it.next();
    it.next()
}

fn count_all<I>(it: I) -> usize
where
    I: Iterator,
{
    let mut n = 0;
    for _ in it {
        n += 1;
    }
    n
}

fn main() {
    println!("{:?}", second(Counter { count: 0 }));
    println!("{:?}", second(vec!["a", "b", "c"].into_iter()));
    println!("{:?}", second(10..11));
    println!("{}", count_all(Counter { count: 1 }));
    println!("{}", count_all("hello".chars()));
}
