// iter_mut and values_mut change values in place; into_iter moves the entries out in key order; keys and values borrow.
use std::collections::BTreeMap;

fn main() {
    let mut prices: BTreeMap<String, f64> = BTreeMap::new();
    prices.insert("tea".to_string(), 2.5);
    prices.insert("coffee".to_string(), 3.0);
    prices.insert("juice".to_string(), 4.25);
    for v in prices.values_mut() {
        *v *= 2.0;
    }
    for (name, v) in prices.iter_mut() {
        if name.starts_with('t') {
            *v -= 1.0;
        }
    }
    println!("{prices:?}");
    let names: Vec<&str> = prices.keys().map(|k| k.as_str()).collect();
    println!("{names:?}");
    let mut lines = Vec::new();
    for (name, price) in prices {
        lines.push(format!("{name}={price:.2}"));
    }
    println!("{}", lines.join(", "));
}
