// The program's iterator held in a struct field (`self.inner.next()?`), under peekable, collect::<Vec<_>>, step_by, fold over f64 and partition.
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Self {
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

struct Wrapper {
    inner: Counter,
    seen: Vec<u32>,
}

impl Wrapper {
    fn pull(&mut self) -> Option<u32> {
        let x = self.inner.next()?;
        self.seen.push(x);
        Some(x)
    }
}

fn main() {
    let mut w = Wrapper { inner: Counter::new(), seen: Vec::new() };
    w.pull();
    w.pull();
    println!("{:?} {}", w.seen, w.inner.count);
    let mut p = Counter::new().peekable();
    println!("{:?}", p.peek());
    println!("{:?}", p.next());
    println!("{:?}", p.peek());
    let v = Counter::new().collect::<Vec<_>>();
    println!("{:?}", v);
    let s: u32 = Counter::new().step_by(2).sum();
    println!("{}", s);
    let m = Counter::new().map(|x| x as f64 / 2.0).fold(0.0, |a, b| a + b);
    println!("{}", m);
    let (even, odd): (Vec<u32>, Vec<u32>) = Counter::new().partition(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
}
