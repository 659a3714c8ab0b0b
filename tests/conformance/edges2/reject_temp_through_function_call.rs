// E0716: a temporary passed to a function is not extended, even if the result borrows it.
fn first(s: &String) -> &str {
    &s[..1]
}

fn main() {
    let f = first(&String::from("xyz"));
    println!("{}", f);
}
