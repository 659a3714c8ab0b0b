// E0004: a match on an enum with data does not cover one variant.
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(String),
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Quarter(state) => {
            println!("{}", state);
            25
        }
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
}
