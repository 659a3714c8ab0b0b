// BTreeMap's insert returns the old value; get, get_mut, contains_key, remove, and the entry API (or_insert_with, and_modify, or_default).
use std::collections::BTreeMap;

fn main() {
    let mut scores: BTreeMap<String, u32> = BTreeMap::new();
    println!("{:?}", scores.insert(String::from("Blue"), 10));
    println!("{:?}", scores.insert(String::from("Yellow"), 50));
    println!("{:?}", scores.insert(String::from("Blue"), 25));
    if let Some(s) = scores.get_mut("Yellow") {
        *s += 5;
    }
    println!("{:?} {:?}", scores.get("Blue"), scores.get("Green"));
    scores.entry(String::from("Green")).or_insert_with(|| 7 * 6);
    scores.entry(String::from("Blue")).and_modify(|s| *s *= 2).or_insert(0);
    *scores.entry(String::from("Red")).or_default() += 1;
    println!("{scores:?}");
    println!("{} {}", scores.contains_key("Red"), scores.contains_key("Purple"));
    let removed = scores.remove("Yellow");
    println!("{:?} {:?} {}", removed, scores.remove("Yellow"), scores.len());
    let total: u32 = scores.values().sum();
    let names: Vec<&String> = scores.keys().collect();
    println!("{total} {names:?} {}", scores.is_empty());
}
