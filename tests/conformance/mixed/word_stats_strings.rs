// Checks String processing: split_whitespace, chars().rev(), to_uppercase, push_str, and counting with iterators.
fn reverse_word(w: &str) -> String {
    w.chars().rev().collect()
}

fn is_palindrome(w: &str) -> bool {
    let lower = w.to_lowercase();
    let rev: String = lower.chars().rev().collect();
    lower == rev
}

fn vowel_count(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn main() {
    let text = String::from("Anna saw a racecar near the Level kayak shop");
    let mut out = String::new();
    for word in text.split_whitespace() {
        out.push_str(&reverse_word(word));
        out.push(' ');
    }
    println!("[{}]", out.trim_end());
    let pals: Vec<&str> = text.split_whitespace().filter(|w| is_palindrome(w)).collect();
    println!("palindromes: {:?}", pals);
    println!("vowels: {}", vowel_count(&text));
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("longest: {} ({} chars)", longest, longest.len());
    let caps: Vec<String> = text.split_whitespace().map(|w| w.to_uppercase()).take(3).collect();
    println!("{}", caps.join("-"));
    println!("{}", text.replace("a", "4"));
}
