// E0597: pushing `&word` into an outer `Vec<&String>` from an inner block; rustc 1.95 names the collection and adds its note and help.
fn main() {
    let mut words: Vec<&String> = Vec::new();
    {
        let word = String::from("hello");
        words.push(&word);
    }
    println!("{}", words.len());
}
