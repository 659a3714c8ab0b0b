// Checks the Book ch. 8 pig latin exercise using chars(), slicing and format!.
fn pig_latin(word: &str) -> String {
    let mut first = ' ';
    for c in word.chars() {
        first = c;
        break;
    }
    match first {
        'a' | 'e' | 'i' | 'o' | 'u' => format!("{word}-hay"),
        _ => {
            let rest = &word[first.len_utf8()..];
            format!("{rest}-{first}ay")
        }
    }
}

fn main() {
    let sentence = "first apple banana orange rust";
    let mut out = String::new();
    for w in sentence.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&pig_latin(w));
    }
    println!("{out}");
}
