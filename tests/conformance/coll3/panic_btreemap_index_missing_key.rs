// A BTreeMap indexed by a key it does not hold panics with std's "no entry found for key", reported at the `[`.
use std::collections::BTreeMap;

fn main() {
    let mut stock = BTreeMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 0);
    println!("apples: {}", stock[&"apples"]);
    let wanted = "plums";
    println!("{}: {}", wanted, stock[&wanted]);
}
