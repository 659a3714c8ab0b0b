// HashMap::from and HashSet::from an array: a repeated key keeps the last value; capacity as from_iter reserves it.
use std::collections::{HashMap, HashSet};
fn main() {
    let m = HashMap::from([("a", 1), ("b", 2), ("a", 3)]);
    let s: HashSet<i32> = HashSet::from([1, 2]);
    println!("{} {} {:?} {} {}", m.len(), m.capacity(), m.get("a"), s.len(), s.capacity());
    let big = HashMap::from([(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);
    println!("{}", big.capacity());
}
