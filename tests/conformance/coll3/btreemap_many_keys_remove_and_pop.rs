// A BTreeMap of 60 keys (several nodes): removes, pop_first and pop_last rebalance it, and every lookup and the order stay right.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..60u32 {
        m.insert((i * 37) % 61, i);
    }
    println!("{} {:?} {:?}", m.len(), m.first_key_value(), m.last_key_value());
    for k in (0..61).step_by(3) {
        if m.remove(&k).is_none() {
            println!("no key {k}");
        }
    }
    println!("{} left, 31 -> {:?}, 30 -> {:?}", m.len(), m.get(&31), m.get(&30));
    let mut popped = Vec::new();
    while m.len() > 10 {
        if let Some((k, _)) = m.pop_first() {
            popped.push(k);
        }
        if let Some((k, _)) = m.pop_last() {
            popped.push(k);
        }
    }
    println!("{popped:?}");
    println!("{m:?}");
    let mut set: BTreeSet<i64> = (1..=40).map(|x| x * x % 97).collect();
    let before = set.len();
    set.retain(|x| x % 2 == 0);
    println!("{before} {} {:?}", set.len(), set);
}
