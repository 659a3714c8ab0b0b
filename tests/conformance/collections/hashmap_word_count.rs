// The Book's word count with entry().or_insert(0) and *count += 1; looked up by key, not iterated in order.
use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world hello world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    for word in ["hello", "world", "wonderful", "rust"] {
        println!("{word}: {}", map.get(word).copied().unwrap_or(0));
    }
    let total: i32 = map.values().sum();
    println!("{} distinct words, {} in all", map.len(), total);
}
