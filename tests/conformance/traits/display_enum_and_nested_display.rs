// Display for an enum (a match in `fmt`) and for a struct whose `fmt` formats a field with its own Display.
use std::fmt::{self, Display};

enum Suit {
    Hearts,
    Spades,
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suit::Hearts => write!(f, "♥"),
            Suit::Spades => write!(f, "♠"),
        }
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self.rank {
            1 => String::from("A"),
            11 => "J".to_string(),
            n => n.to_string(),
        };
        write!(f, "{}{}", name, self.suit)
    }
}

fn main() {
    let hand = vec![Card { rank: 1, suit: Suit::Spades }, Card { rank: 7, suit: Suit::Hearts },
                    Card { rank: 11, suit: Suit::Hearts }];
    for c in &hand {
        print!("{} ", c);
    }
    println!();
    let names: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("{}", names.join(","));
    println!("{}", Suit::Hearts.to_string().len());
}
