// NLL problem case #2: `get_mut` in the scrutinee, `insert` in the `None` arm compiles.
use std::collections::HashMap;

fn main() {
    let mut map: HashMap<String, Vec<i32>> = HashMap::new();
    for (k, v) in [("a", 1), ("b", 2), ("a", 3)] {
        match map.get_mut(k) {
            Some(list) => list.push(v),
            None => {
                map.insert(k.to_string(), vec![v]);
            }
        }
    }
    let mut keys: Vec<_> = map.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
