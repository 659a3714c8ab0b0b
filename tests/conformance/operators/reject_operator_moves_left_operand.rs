// E0382: `a + b` with `impl Add for Money` moves `a` (Money is not Copy), so printing `a` afterwards uses a moved value.
use std::ops::Add;

#[derive(Debug)]
struct Money {
    cents: i64,
    currency: String,
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents, currency: self.currency }
    }
}

fn main() {
    let a = Money { cents: 150, currency: String::from("EUR") };
    let b = Money { cents: 275, currency: String::from("EUR") };
    let total = a + b;
    println!("{:?}", total);
    println!("{:?}", a);
}
