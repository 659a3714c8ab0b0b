// E0381: even a `mut` tuple declared without a value cannot be initialised field by field.
fn main() {
    let mut pair: (i32, String);
    pair.0 = 1;
    pair.1 = String::from("one");
    println!("{} {}", pair.0, pair.1);
}
