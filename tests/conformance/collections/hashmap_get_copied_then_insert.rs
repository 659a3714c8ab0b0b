// Near miss: copying the value out ends the borrow, so insert afterwards is fine.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 10);
    let first = m.get(&1).copied().unwrap();
    m.insert(2, first * 2);
    println!("{first} {:?}", m.get(&2));
}
