// E0499: two entry() borrows of the same map alive at once.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<char, u32> = HashMap::new();
    let a = counts.entry('a').or_insert(0);
    let b = counts.entry('b').or_insert(0);
    *a += 1;
    *b += 1;
}
