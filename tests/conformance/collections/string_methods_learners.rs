// String methods learners reach for: split, split_whitespace, lines, char_indices, find, replace, parse.
fn main() {
    let text = "one two  three\nfour five";
    let parts: Vec<&str> = text.split(' ').collect();
    println!("{:?}", parts);
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words, last {:?}", words.len(), words.last());
    for (i, line) in text.lines().enumerate() {
        println!("{i}: {line}");
    }
    for (i, c) in "héllo".char_indices() {
        print!("{i}{c} ");
    }
    println!();
    println!("{:?} {:?}", text.find("two"), text.find('z'));
    println!("{}", text.replace("two", "2"));
    let n: i32 = "42".parse().unwrap();
    let bad = "4x".parse::<i32>();
    println!("{n} {:?}", bad);
    let total: i32 = "1,2,3".split(',').map(|s| s.parse::<i32>().unwrap()).sum();
    println!("{total}");
}
