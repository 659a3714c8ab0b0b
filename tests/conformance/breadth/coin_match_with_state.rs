// Checks the Book's Coin enum matched with a binding to an inner UsState enum and a block arm.
#[derive(Debug, Clone, Copy)]
enum UsState {
    Alabama,
    Alaska,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

fn value_in_cents(coin: Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {state:?}!");
            25
        }
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Quarter(UsState::Alaska), Coin::Dime, Coin::Nickel, Coin::Quarter(UsState::Alabama)];
    let mut total = 0u32;
    for c in coins {
        total += value_in_cents(c) as u32;
    }
    println!("total {total} cents");
}
