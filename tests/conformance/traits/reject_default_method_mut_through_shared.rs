// E0596: a provided `&self` method cannot call the trait's `&mut self` method.
trait Tally {
    fn add(&mut self, n: i32);
    fn add_twice(&self, n: i32) {
        self.add(n);
        self.add(n);
    }
}

struct Sum(i32);

impl Tally for Sum {
    fn add(&mut self, n: i32) {
        self.0 += n;
    }
}

fn main() {
    let mut s = Sum(0);
    s.add_twice(2);
    println!("{}", s.0);
}
