// Recursion through a provided method: the stack overflows after as many frames as rustc's.
trait Deep {
    fn step(&self, n: u64) -> u64;
    fn go(&self, n: u64) -> u64 {
        let a = [n; 4];
        self.step(a[0] + 1) + a[3]
    }
}
struct A;
struct B;
impl Deep for A {
    fn step(&self, n: u64) -> u64 { if n % 1000000 == 0 { println!("{}", n); } self.go(n) }
}
impl Deep for B {
    fn step(&self, n: u64) -> u64 { n }
}
fn main() {
    println!("{}", B.go(1));
    println!("{}", A.go(1));
}
