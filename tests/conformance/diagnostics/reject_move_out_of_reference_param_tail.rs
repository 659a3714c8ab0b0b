// E0507: returning `*text` from `&String`; the clone suggestion replaces `*text` with `text.clone()`.
fn owned(text: &String) -> String {
    *text
}

fn main() {
    let s = String::from("hi");
    println!("{}", owned(&s));
}
