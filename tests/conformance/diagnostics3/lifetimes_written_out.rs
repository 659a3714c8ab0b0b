// Near misses: the same signatures with the lifetime rustc suggests compile.
fn first_non_empty<'a>(a: &'a str, b: &'a str, c: &'a str) -> &'a str {
    if !a.is_empty() { a } else if !b.is_empty() { b } else { c }
}

fn greeting() -> &'static str {
    "hello"
}

struct Token<'a> {
    kind: u8,
    text: &'a str,
}

fn main() {
    let t = Token { kind: 1, text: "x" };
    println!("{} {} {} {}", first_non_empty("", "b", "c"), greeting(), t.kind, t.text);
}
