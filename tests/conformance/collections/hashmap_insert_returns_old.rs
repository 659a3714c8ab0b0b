// insert returns the old value; the map keeps its first key; Debug of a one-entry map.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    println!("{:?}", m.insert(String::from("k"), 1));
    println!("{:?}", m.insert(String::from("k"), 2));
    println!("{:?}", m);
    println!("{:#?}", m);
    let copy = m.clone();
    m.insert(String::from("k"), 3);
    println!("{:?} {:?}", copy.get("k"), m.get("k"));
}
