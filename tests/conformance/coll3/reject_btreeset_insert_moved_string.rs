// E0382: a String inserted into a BTreeSet has moved into it and cannot be printed afterwards.
use std::collections::BTreeSet;

fn main() {
    let mut names = BTreeSet::new();
    let name = String::from("zoe");
    names.insert(name);
    println!("{} {:?}", name, names);
}
