// Near miss of the E0502 case: the value is copied out of the BTreeMap before insert, so no borrow is alive.
use std::collections::BTreeMap;

fn main() {
    let mut ages = BTreeMap::new();
    ages.insert(String::from("ann"), 31);
    let ann = *ages.get("ann").unwrap();
    ages.insert(String::from("bob"), 27);
    println!("{ann} {ages:?}");
}
