// HashSet insert returns whether the value was new; contains, remove, len; duplicates counted.
use std::collections::HashSet;

fn main() {
    let words = ["a", "b", "a", "c", "b", "a"];
    let mut seen = HashSet::new();
    let mut dups = 0;
    for w in words {
        if !seen.insert(w) {
            dups += 1;
        }
    }
    println!("{} distinct, {} duplicates", seen.len(), dups);
    println!("{} {}", seen.contains("c"), seen.contains(&"z"));
    println!("{} {}", seen.remove("c"), seen.remove("c"));
    let mut sorted: Vec<_> = seen.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
}
