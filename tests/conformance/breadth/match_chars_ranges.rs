// Checks matching chars against ranges and alternatives to classify and transform a string.
fn kind(c: char) -> usize {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => 0,
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' => 3,
        ' ' | '\t' => 4,
        _ => 5,
    }
}

fn main() {
    let names = ["vowel", "consonant", "capital", "digit", "space", "other"];
    let mut counts = [0; 6];
    for c in "Hi there, R2-D2!".chars() {
        counts[kind(c)] += 1;
    }
    println!("{:?}", counts);
    for c in ['é', '\t', 'u', 'Q'] {
        println!("{:?} is {}", c, names[kind(c)]);
    }
}
