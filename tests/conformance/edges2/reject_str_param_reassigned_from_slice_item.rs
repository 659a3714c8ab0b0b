// Lifetime error: `best = w` needs the slice's `&str`s to outlive `best`'s own lifetime.
fn longer(mut best: &str, words: &[&str]) -> usize {
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best.len()
}

fn main() {
    println!("{}", longer("ab", &["abc", "x"]));
}
