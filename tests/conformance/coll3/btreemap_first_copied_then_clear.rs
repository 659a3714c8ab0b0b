// Near miss: the first entry is copied out (map on the Option) before clear, so the borrow has ended.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, char> = BTreeMap::new();
    m.insert(2, 'b');
    m.insert(1, 'a');
    let first = m.first_key_value().map(|(k, v)| (*k, *v));
    m.clear();
    println!("{first:?} {}", m.is_empty());
}
