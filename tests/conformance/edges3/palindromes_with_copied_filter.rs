// `iter().copied().filter(..)` over `[&str; 4]` and a `max` of lengths.
fn main() {
    let words = ["apple", "bob", "kayak", "rust"];
    let pals: Vec<&str> = words.iter().copied().filter(|w| w.chars().rev().collect::<String>() == *w).collect();
    let lens: usize = words.iter().map(|w| w.len()).max().unwrap_or(0);
    println!("{:?} {lens}", pals);
}
