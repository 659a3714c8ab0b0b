// Collecting a HashMap into a BTreeMap sorts it by key, so the report prints the same on every run.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("pears", 4);
    stock.insert("apples", 12);
    stock.insert("kiwis", 0);
    stock.insert("figs", 7);
    let sorted: BTreeMap<&str, u32> = stock.into_iter().collect();
    for (fruit, n) in &sorted {
        println!("{fruit:<8}{n:>3}");
    }
    let by_count: BTreeMap<u32, &str> = sorted.iter().map(|(k, v)| (*v, *k)).collect();
    println!("{by_count:?}");
    let from_array = BTreeMap::from([("z", 1), ("a", 2), ("m", 3)]);
    println!("{from_array:?}");
}
