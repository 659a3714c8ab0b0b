// E0502: println! keeps the reference get() returned while remove() needs the map mutably (format_args holds every argument).
use std::collections::HashMap;

fn main() {
    let word = String::from("scoped");
    let mut lengths: HashMap<&str, usize> = HashMap::new();
    lengths.insert(word.as_str(), word.len());
    lengths.insert("lit", 3);
    println!("{:?} {:?}", lengths.get(&"lit"), lengths.remove(&"scoped"));
    println!("{}", lengths.len());
}
