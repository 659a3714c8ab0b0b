// Counting words with `entry().or_insert(0)`; results printed in sorted order.
use std::collections::HashMap;

fn main() {
    let text = "the cat the dog the end";
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
