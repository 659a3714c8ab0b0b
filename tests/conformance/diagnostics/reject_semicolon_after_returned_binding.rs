// E0308: the returned String binding is followed by `;`; the help points at that semicolon.
fn label(n: i32) -> String {
    let text = format!("#{n}");
    text;
}

fn main() {
    println!("{}", label(3));
}
