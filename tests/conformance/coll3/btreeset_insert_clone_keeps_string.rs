// Near miss of the E0382 case: inserting a clone keeps the String usable.
use std::collections::BTreeSet;

fn main() {
    let mut names = BTreeSet::new();
    let name = String::from("zoe");
    names.insert(name.clone());
    names.insert(String::from("adam"));
    println!("{} {:?}", name, names);
}
