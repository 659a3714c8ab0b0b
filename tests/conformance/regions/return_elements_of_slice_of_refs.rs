// near miss rustc accepts: elements of `&[&'a str]` are `&'a str`, whatever the slice's own lifetime.
fn longest<'a>(words: &[&'a str]) -> &'a str {
    let mut best = words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn first<'a>(v: &Vec<&'a str>) -> &'a str {
    v[0]
}

fn main() {
    let text = String::from("a bcd ef");
    let words: Vec<&str> = text.split(' ').collect();
    println!("{} {}", longest(&words), first(&words));
}
