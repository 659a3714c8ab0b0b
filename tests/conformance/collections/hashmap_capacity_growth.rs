// A HashMap's capacity grows 0, 3, 7, 14, 28 as hashbrown doubles its buckets; with_capacity rounds up.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<i32, i32> = HashMap::new();
    println!("empty: len {} cap {}", m.len(), m.capacity());
    let mut last = 0;
    for i in 0..30 {
        m.insert(i, i * i);
        if m.capacity() != last {
            last = m.capacity();
            println!("len {} -> cap {}", m.len(), last);
        }
    }
    let w: HashMap<u8, u64> = HashMap::with_capacity(10);
    println!("with_capacity(10): {}", w.capacity());
    let mut small: HashMap<u8, u8> = HashMap::new();
    small.insert(1, 1);
    println!("u8 pairs start at {}", small.capacity());
    println!("size_of HashMap<String, i32> = {}", std::mem::size_of::<HashMap<String, i32>>());
}
