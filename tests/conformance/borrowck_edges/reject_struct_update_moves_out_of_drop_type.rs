// E0509: struct update syntax would move a String field out of a value whose type implements Drop.
struct Account {
    owner: String,
    balance: i64,
}

impl Drop for Account {
    fn drop(&mut self) {
        println!("closing {}", self.owner);
    }
}

fn main() {
    let a = Account { owner: String::from("ann"), balance: 5 };
    let b = Account { balance: 10, ..a };
    println!("{} {}", b.owner, b.balance);
}
