// A word count over a text with more distinct words than one B-tree node holds (11): the tree splits, and iteration stays in key order.
use std::collections::BTreeMap;

fn main() {
    let text = "it was the best of times it was the worst of times it was the age of wisdom \
                it was the age of foolishness it was the epoch of belief it was the epoch of \
                incredulity it was the season of light it was the season of darkness";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_default() += 1;
    }
    println!("{} words, {} distinct", text.split_whitespace().count(), counts.len());
    for (word, n) in &counts {
        if *n > 1 {
            println!("{word}: {n}");
        }
    }
    let once: Vec<&&str> = counts.iter().filter(|(_, n)| **n == 1).map(|(w, _)| w).collect();
    println!("once: {once:?}");
    println!("{:?}", counts.range("e".."s").map(|(w, _)| *w).collect::<Vec<_>>());
    println!("{counts:?}");
}
