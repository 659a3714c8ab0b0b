// collect() into HashSet and HashMap reserves the iterator's lower size bound, then inserts: capacities as std.
use std::collections::{HashMap, HashSet};

fn main() {
    let v = vec![1, 2, 2, 3, 3, 3];
    let unique: HashSet<i32> = v.iter().copied().collect();
    println!("{} {}", unique.len(), unique.capacity());
    let letters: HashSet<char> = "hello world".chars().collect();
    println!("{} {}", letters.len(), letters.capacity());
    let squares: HashMap<i32, i32> = (1..=5).map(|x| (x, x * x)).collect();
    println!("{:?} {}", squares.get(&4), squares.capacity());
    let evens: HashSet<i32> = v.iter().filter(|x| *x % 2 == 0).cloned().collect();
    println!("{} {}", evens.len(), evens.capacity());
    let words: HashSet<&str> = "a b a c".split_whitespace().collect();
    println!("{} {}", words.len(), words.capacity());
    let dup: HashMap<&str, i32> = vec![("a", 1), ("a", 2)].into_iter().collect();
    println!("{:?} {}", dup.get("a"), dup.capacity());
}
