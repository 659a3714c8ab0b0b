// Two-phase borrows for a user `&mut self` method: `c.set(c.get() + 1)` and `c.set(c.n * 10)`.
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn set(&mut self, v: u32) { self.n = v; }
}
fn main() {
    let mut c = Counter { n: 1 };
    c.set(c.get() + 1);
    c.set(c.n * 10);
    println!("{}", c.n);
}
