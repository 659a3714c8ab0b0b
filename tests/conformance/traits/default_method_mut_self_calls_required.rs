// A provided `&mut self` method calls required `&mut self` and `&self` methods; a closure in it captures `self`.
trait Account {
    fn balance(&self) -> i64;
    fn set(&mut self, to: i64);
    fn deposit(&mut self, amount: i64) -> i64 {
        let now = self.balance();
        self.set(now + amount);
        let show = |x: i64| x * 100;
        show(self.balance())
    }
}

struct Bank {
    cents: i64,
    history: Vec<i64>,
}

impl Account for Bank {
    fn balance(&self) -> i64 {
        self.cents
    }
    fn set(&mut self, to: i64) {
        self.history.push(self.cents);
        self.cents = to;
    }
}

fn main() {
    let mut b = Bank { cents: 5, history: vec![] };
    println!("{}", b.deposit(10));
    println!("{}", b.deposit(-3));
    println!("{:?} {}", b.history, b.balance());
}
