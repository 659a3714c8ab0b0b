// Book ch. 8.3: counting words with `entry().or_insert`, printed in sorted order.
use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut pairs: Vec<(&str, i32)> = map.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
