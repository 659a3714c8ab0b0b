// Checks that replacing a Vec while a reference into it is alive is rejected with E0506.
fn main() {
    let mut items = vec![String::from("a"), String::from("b")];
    let first = &items[0];
    items = Vec::new();
    println!("{first} {}", items.len());
}
