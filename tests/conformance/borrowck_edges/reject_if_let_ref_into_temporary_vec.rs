// E0716: binding by reference into a temporary in `if let` and keeping the reference after the block.
fn make() -> Option<String> {
    Some(String::from("x"))
}

fn main() {
    let empty = String::new();
    let mut first: &String = &empty;
    if let Some(ref a) = make() {
        first = a;
    }
    println!("{}", first);
}
