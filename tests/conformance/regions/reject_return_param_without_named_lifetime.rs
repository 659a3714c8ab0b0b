// E0621: `first` promises a result living as long as `x` but may return `y`, whose lifetime is elided.
fn first<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > 0 { x } else { y }
}

fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    println!("{}", first(&a, &b));
}
