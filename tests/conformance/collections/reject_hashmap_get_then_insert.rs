// E0502: a reference from get() is still used after insert() needs the map mutably.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("one"));
    let first = m.get(&1).unwrap();
    m.insert(2, String::from("two"));
    println!("{first}");
}
