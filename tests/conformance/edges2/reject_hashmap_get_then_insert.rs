// E0502: a reference from `get` is used after `insert`.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get("a").unwrap();
    m.insert("b", 2);
    println!("{}", a);
}
