// Looks wrong but rustc accepts: the &str from first_word is last used before s.clear(), so NLL ends the borrow.
fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let mut s = String::from("hello world");
    let w = first_word(&s);
    println!("first: {}", w);
    s.clear();
    s.push_str("again");
    let w = first_word(&s);
    println!("{} {}", w, s.len());
}
