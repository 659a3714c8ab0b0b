// E0507: a String cannot be moved out of map[&key]; borrowing or cloning it is fine.
use std::collections::HashMap;

fn main() {
    let mut names = HashMap::new();
    names.insert(1, String::from("one"));
    let taken = names[&1];
    println!("{taken}");
}
