// E0502: first_key_value borrows the map; clear needs it mutably while that borrow is still used.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, char> = BTreeMap::new();
    m.insert(2, 'b');
    m.insert(1, 'a');
    let first = m.first_key_value();
    m.clear();
    println!("{first:?}");
}
