// Near miss of the E0507: borrow the String in the map, or clone it out.
use std::collections::HashMap;

fn main() {
    let mut names = HashMap::new();
    names.insert(1, String::from("one"));
    let borrowed = &names[&1];
    let cloned = names[&1].clone();
    println!("{borrowed} {cloned} {}", names[&1].len());
}
