// A BTreeMap of 20 entries spread over several nodes: retain drops what it rejects in key order, and dropping the map drops the rest in key order.
use std::collections::BTreeMap;

struct Item(u8);

impl Drop for Item {
    fn drop(&mut self) {
        print!("{} ", self.0);
    }
}

fn main() {
    {
        let mut m = BTreeMap::new();
        for k in [13u8, 2, 19, 7, 11, 3, 17, 5, 1, 20, 4, 16, 8, 14, 6, 10, 18, 9, 12, 15] {
            m.insert(k, Item(k));
        }
        m.remove(&7);
        println!();
        m.retain(|k, v| {
            v.0 += 100;
            k % 5 != 0
        });
        println!();
        let copy: Vec<u8> = m.keys().copied().collect();
        println!("{copy:?}");
    }
    println!();
    println!("done");
}
