// Checks the Book's longest(x: &str, y: &str) -> &str without a lifetime parameter, rejected with E0106.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abcd");
    println!("{}", longest(a.as_str(), "xyz"));
}
