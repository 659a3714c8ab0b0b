// Near miss: the String outlives the map that borrows it; lookups by &"literal" and remove keep no borrow.
use std::collections::HashMap;

fn main() {
    let word = String::from("scoped");
    let mut lengths: HashMap<&str, usize> = HashMap::new();
    lengths.insert(word.as_str(), word.len());
    lengths.insert("lit", 3);
    let lit = lengths.get(&"lit").copied();
    println!("{:?} {:?}", lit, lengths.remove(&"scoped"));
    println!("{}", lengths.len());
}
