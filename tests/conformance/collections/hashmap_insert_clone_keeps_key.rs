// Near miss of the move: inserting clones (or &str) leaves the originals usable.
use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut map = HashMap::new();
    map.insert(field_name.clone(), field_value.clone());
    println!("{field_name}: {field_value} ({})", map.len());
    let mut by_ref: HashMap<&str, &str> = HashMap::new();
    by_ref.insert(&field_name, &field_value);
    println!("{:?}", by_ref.get("Favorite color"));
}
