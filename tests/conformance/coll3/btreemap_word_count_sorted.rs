// The Book's word count (ch. 8.3) with a BTreeMap: entry().or_insert counts, and iteration prints the words in key order.
use std::collections::BTreeMap;

fn main() {
    let text = "hello world wonderful world hello again world";
    let mut map = BTreeMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    println!("{map:?}");
    for (word, count) in &map {
        println!("{word:>10}: {}", "*".repeat(*count));
    }
    println!("{} distinct words, first {:?}, last {:?}", map.len(), map.first_key_value(),
             map.last_key_value());
}
