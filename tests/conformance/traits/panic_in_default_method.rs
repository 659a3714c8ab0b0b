// A panic inside a trait's provided method points into the trait's body; the value is dropped while unwinding.
trait Checked {
    fn amount(&self) -> u8;
    fn doubled(&self) -> u8 {
        let a = self.amount();
        a * 2
    }
}

struct Wallet {
    coins: u8,
}

impl Drop for Wallet {
    fn drop(&mut self) {
        println!("dropping wallet with {}", self.coins);
    }
}

impl Checked for Wallet {
    fn amount(&self) -> u8 {
        self.coins
    }
}

fn main() {
    let small = Wallet { coins: 100 };
    println!("{}", small.doubled());
    let big = Wallet { coins: 200 };
    println!("{}", big.doubled());
}
