// Indexing a HashMap with a missing key panics.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    println!("{}", scores["Blue"]);
    println!("{}", scores["Red"]);
}
