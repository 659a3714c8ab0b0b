// Checks word frequency counting without HashMap: a Vec<(String, usize)> searched with iter_mut().find, then sorted.
fn count_words(text: &str) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for raw in text.split_whitespace() {
        let word: String = raw.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
        if word.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(w, _)| *w == word) {
            Some((_, n)) => *n += 1,
            None => counts.push((word, 1)),
        }
    }
    counts
}

fn main() {
    let text = "The cat sat. The cat ran! A dog -- the DOG -- sat?";
    let mut counts = count_words(text);
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, n) in &counts {
        println!("{:<5}{}", w, "*".repeat(*n));
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    println!("{} words, {} distinct", total, counts.len());
    println!("{:?}", counts.first());
}
