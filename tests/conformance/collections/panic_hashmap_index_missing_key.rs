// Indexing a HashMap with a key it does not hold panics with "no entry found for key" at the `[`.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    println!("ann is {}", ages["ann"]);
    println!("bob is {}", ages["bob"]);
}
