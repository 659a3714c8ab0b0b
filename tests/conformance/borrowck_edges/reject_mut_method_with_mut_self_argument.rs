// E0499: a `&mut self` method call whose argument borrows the same value mutably.
struct Counter {
    n: i32,
}

impl Counter {
    fn absorb(&mut self, other: &mut Counter) {
        self.n += other.n;
        other.n = 0;
    }
}

fn main() {
    let mut c = Counter { n: 2 };
    c.absorb(&mut c);
    println!("{}", c.n);
}
