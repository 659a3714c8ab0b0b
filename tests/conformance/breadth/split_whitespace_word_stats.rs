// Checks split_whitespace on irregular spacing to count words and find the longest one.
fn main() {
    let text = "  the quick\tbrown   fox\njumps over the lazy dog  ";
    let mut count = 0;
    let mut longest = "";
    let mut total_len = 0;
    for word in text.split_whitespace() {
        count += 1;
        total_len += word.len();
        if word.len() > longest.len() {
            longest = word;
        }
    }
    println!("{count} words, longest '{longest}', {total_len} letters");
    let mut acronym = String::new();
    for word in text.split_whitespace() {
        acronym.push_str(&word[..1].to_uppercase());
    }
    println!("{acronym}");
}
