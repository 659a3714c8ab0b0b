// E0502: a reference from BTreeMap::get is still used after insert needs the map mutably.
use std::collections::BTreeMap;

fn main() {
    let mut ages = BTreeMap::new();
    ages.insert(String::from("ann"), 31);
    let ann = ages.get("ann").unwrap();
    ages.insert(String::from("bob"), 27);
    println!("{ann}");
}
