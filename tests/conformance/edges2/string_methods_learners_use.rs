// String methods learners reach for: find, replace, char_indices, to_uppercase, repeat.
fn main() {
    let s = String::from("Hello, World");
    let idx = s.find(',').unwrap_or(0);
    let head = &s[..idx];
    let shout = s.to_uppercase();
    let swapped = s.replace("World", "Rust");
    let caps: Vec<usize> = s.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect();
    let line = "-".repeat(5);
    println!("{} {} {} {:?} {}", head, shout, swapped, caps, line);
    println!("{} {}", s.starts_with("Hell"), s.contains("lo, W"));
}
