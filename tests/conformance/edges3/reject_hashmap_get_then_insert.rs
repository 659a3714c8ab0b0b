// E0502: a `&Vec` from `m.get` is printed after `m.insert`.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    m.entry(String::from("a")).or_default().push(1);
    m.entry(String::from("a")).or_default().push(2);
    let v = m.get("a").unwrap();
    m.insert(String::from("b"), vec![]);
    println!("{:?}", v);
}
