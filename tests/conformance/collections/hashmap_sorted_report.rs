// Iterating a HashMap after sorting its keys prints the same thing on every run.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    for (name, n) in [("pear", 3), ("apple", 7), ("fig", 1), ("kiwi", 4)] {
        stock.insert(name.to_string(), n);
    }
    let mut names: Vec<&String> = stock.keys().collect();
    names.sort();
    for name in names {
        println!("{name:>6}: {}", stock.get(name).unwrap());
    }
}
