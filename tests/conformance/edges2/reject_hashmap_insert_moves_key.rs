// E0382: `insert` takes ownership of the String key and value (Book ch. 8.3).
use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut map = HashMap::new();
    map.insert(field_name, field_value);
    println!("{}: {}", field_name, map.len());
}
