// E0597: a map of &str keys cannot outlive the String a key borrows from.
use std::collections::HashMap;

fn main() {
    let mut lengths: HashMap<&str, usize> = HashMap::new();
    {
        let word = String::from("scoped");
        lengths.insert(word.as_str(), word.len());
    }
    println!("{}", lengths.len());
}
