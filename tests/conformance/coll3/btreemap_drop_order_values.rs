// Values with Drop in a BTreeMap: insert drops nothing but returns the old value, remove hands the value out, and the map drops the rest in key order.
use std::collections::BTreeMap;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(30, Noisy("thirty"));
    m.insert(10, Noisy("ten"));
    m.insert(20, Noisy("twenty"));
    let old = m.insert(10, Noisy("TEN"));
    println!("replaced, old value still alive");
    drop(old);
    if let Some(v) = m.remove(&20) {
        println!("removed {}", v.0);
    }
    println!("{} left", m.len());
    {
        let mut inner = BTreeMap::new();
        inner.insert('b', Noisy("inner b"));
        inner.insert('a', Noisy("inner a"));
        println!("inner scope ends");
    }
    println!("main ends");
}
