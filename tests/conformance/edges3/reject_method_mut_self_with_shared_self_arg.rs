// E0502: `c.add(&c)`: a `&c` argument while the two-phase `&mut c` is activated by the call.
struct Counter { n: u32 }
impl Counter {
    fn add(&mut self, other: &Counter) { self.n += other.n; }
}
fn main() {
    let mut c = Counter { n: 1 };
    c.add(&c);
    println!("{}", c.n);
}
