// E0106: a returned `&str` with three `&str` parameters; rustc lists all three and suggests `'a` on every reference.
fn first_non_empty(a: &str, b: &str, c: &str) -> &str {
    if !a.is_empty() { a } else if !b.is_empty() { b } else { c }
}

fn main() {
    println!("{}", first_non_empty("", "b", "c"));
}
