// The Book's ch. 4 `first_word` returning `&str`, used before the String changes.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    println!("the first word is: {word}");
    s.clear();
    println!("cleared: '{s}'");
}
