// Checks UTF-8 strings: len vs chars().count(), char_indices, bytes, first_word slicing and to_ascii_uppercase.
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
    let s = String::from("héllo wörld ñ");
    println!("{} {}", s.len(), s.chars().count());
    println!("{}", first_word(&s));
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("{} at {}", c, i);
    }
    let b: Vec<u8> = "AZ az".bytes().collect();
    println!("{:?}", b);
    println!("{}", "mixed Case".to_ascii_uppercase());
    let caesar: String = "abc xyz".chars().map(|c| {
        if c.is_ascii_lowercase() {
            (((c as u8 - b'a' + 3) % 26) + b'a') as char
        } else {
            c
        }
    }).collect();
    println!("{}", caesar);
    println!("{:?}", s.find('w'));
    println!("{}", s.starts_with("hé"));
    let words: Vec<String> = s.split(' ').map(String::from).collect();
    println!("{:?}", words);
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{}", s.chars().nth(1).unwrap());
    println!("{:?}", "  padded\t".trim());
}
