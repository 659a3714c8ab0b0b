// `a + b` on a non-Copy type moves both operands into `add` (their Strings move with them); the result owns one String, the other is dropped inside `add`; Drop order shows it.
use std::ops::Add;

#[derive(Debug)]
struct Money {
    cents: i64,
    currency: String,
}

impl Drop for Money {
    fn drop(&mut self) {
        println!("drop {} {}", self.cents, self.currency);
    }
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        println!("adding {} and {}", self.cents, other.cents);
        Money { cents: self.cents + other.cents, currency: self.currency.clone() }
    }
}

fn main() {
    let a = Money { cents: 150, currency: String::from("EUR") };
    let b = Money { cents: 275, currency: String::from("USD") };
    let total = a + b;
    println!("{:?}", total);
    let more = total + Money { cents: 5, currency: String::from("GBP") };
    println!("{} {}", more.cents, more.currency);
}
