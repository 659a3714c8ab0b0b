// E0382: inserting a String into a HashMap moves it; using it afterwards is a use of a moved value.
use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut map = HashMap::new();
    map.insert(field_name, field_value);
    println!("{field_name}");
}
