// E0425 for each unknown type in struct fields, in source order.
struct Account {
    owner: Person,
    balance: Money,
}

fn main() {
    println!("bank");
}
