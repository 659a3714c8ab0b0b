// E0594: HashMap has no IndexMut, so map[&key] = value does not compile (get_mut or insert does).
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert("a", 1);
    scores["a"] = 2;
    println!("{:?}", scores.get("a"));
}
