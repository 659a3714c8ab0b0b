// A `ManuallyDrop<String>` derefs to its `String`: `&self` and `&mut self` methods work through it; `Debug` shows std's wrappers.
use std::mem::ManuallyDrop;

fn main() {
    let mut name = ManuallyDrop::new(String::from("fer"));
    name.push_str("ris");
    println!("{} has {} bytes, starts with f: {}", name.as_str(), name.len(), name.starts_with('f'));
    let count = ManuallyDrop::new(7i32);
    println!("{:?} {}", count, count.abs() + 1);
    let text = ManuallyDrop::into_inner(name);
    println!("{text}");
}
