// Book ch. 4.3: `first_word` returns a slice; string literals are slices too.
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
    let word = first_word(&my_string[0..6]);
    let word2 = first_word(&my_string);
    let lit = "hello world";
    let word3 = first_word(lit);
    println!("{} {} {}", word, word2, word3);
    let a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    assert_eq!(slice, &[2, 3]);
    println!("{:?}", slice);
}
