// Panics slicing a String in the middle of a multi-byte char when truncating a name to 4 bytes.
fn short(s: &str) -> &str {
    if s.len() > 4 { &s[..4] } else { s }
}

fn main() {
    println!("{}", short("Bob"));
    println!("{}", short("Alexander"));
    println!("{}", short("Renée"));
}
