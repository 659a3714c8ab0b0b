// near miss rustc accepts: the result only borrows the argument whose lifetime the callee returns.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn pick<'a>(a: &'a str, _b: &str) -> &'a str {
    first_word(a)
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn wrap<'a>(x: &'a str, y: &'a str) -> &'a str {
    longest(x, y)
}

fn main() {
    let s = String::from("hello world");
    println!("{} {}", pick(&s, "x"), wrap("ab", &s));
}
