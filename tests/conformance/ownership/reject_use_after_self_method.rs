// Checks that calling a method taking self moves the receiver, so later use is rejected with E0382.
struct Ticket {
    id: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Ticket { id: 7 };
    println!("{}", t.redeem());
    println!("{}", t.redeem());
}
