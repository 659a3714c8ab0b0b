// get_mut changes a value in place; remove gives the value back; contains_key and is_empty.
use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("ann", 100);
    balances.insert("bob", 20);
    if let Some(b) = balances.get_mut("ann") {
        *b -= 30;
    }
    println!("ann {:?}", balances.get("ann"));
    println!("removed {:?}", balances.remove("bob"));
    println!("removed again {:?}", balances.remove("bob"));
    println!("has bob {} has ann {}", balances.contains_key("bob"), balances.contains_key("ann"));
    println!("{:?}", balances);
    balances.clear();
    println!("empty {} {:?}", balances.is_empty(), balances);
}
