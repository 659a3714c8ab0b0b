// E0106: two reference parameters, the returned reference needs a named lifetime.
fn longer(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", longer("ab", "c"));
}
