// E0106: a struct's `&str` field on its own line: rustc shows the suggestion as a `~` hunk over the two lines.
struct Token {
    kind: u8,
    text: &str,
}

fn main() {
    let t = Token { kind: 1, text: "x" };
    println!("{} {}", t.kind, t.text);
}
