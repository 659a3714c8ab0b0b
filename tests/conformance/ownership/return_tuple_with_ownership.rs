// Checks returning ownership together with a computed value in a tuple (the Book's calculate_length before borrowing).
fn calculate_length(s: String) -> (String, usize) {
    let length = s.len();
    (s, length)
}

fn append_and_count(mut words: Vec<String>, extra: &str) -> (Vec<String>, usize) {
    words.push(extra.to_string());
    let n = words.len();
    (words, n)
}

fn main() {
    let s1 = String::from("hello");
    let (s2, len) = calculate_length(s1);
    println!("The length of '{s2}' is {len}.");
    let words = vec![String::from("a")];
    let (words, n) = append_and_count(words, "b");
    let (words, n2) = append_and_count(words, "c");
    println!("{:?} {n} {n2}", words);
}
