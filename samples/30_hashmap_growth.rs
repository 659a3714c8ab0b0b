// A HashMap growing: one table, rehashed into a bigger one
// Watch: `HashMap::new()` allocates nothing. The first insert allocates one block: the buckets (key and value side by side) and the control bytes after them; capacity 3. The 4th insert grows it to 7 and the 8th to 14: each time a new block is allocated, every entry is moved into it, and the old block is freed. `entry(..).or_insert(0)` finds or adds a slot; the counts never depend on the table's order.

use std::collections::HashMap;

fn main() {
    let mut squares: HashMap<u32, u32> = HashMap::new();
    println!("capacity {}", squares.capacity());
    for i in 1..=8 {
        squares.insert(i, i * i);
        println!("len {} capacity {}", squares.len(), squares.capacity());
    }
    println!("7 squared is {}", squares[&7]);

    let text = "the cat saw the dog and the cat ran";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut report: Vec<(&str, u32)> = counts.into_iter().collect();
    report.sort();
    println!("{:?}", report);
}
