// Checks the Book's first_word using bytes().enumerate-style search and &s[a..b] slicing on &str and String.
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
    let my_string = String::from("hello world");
    println!("{}", first_word(&my_string[0..6]));
    println!("{}", first_word(&my_string[..]));
    println!("{}", first_word(&my_string));
    let literal = "single";
    println!("{}", first_word(literal));
    let hello = &my_string[0..5];
    let world = &my_string[6..11];
    println!("[{world}] [{hello}] [{}]", &my_string[3..3]);
}
