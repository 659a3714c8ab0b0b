// E0515: with a named lifetime the borrow of a local still cannot be returned.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    let joined = format!("{}{}", x, y);
    &joined
}

fn main() {
    println!("{}", longest("a", "b"));
}
