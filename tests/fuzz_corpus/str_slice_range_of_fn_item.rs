// Checks that slicing a &str past its end panics with `byte index N  out of bounds`.
fn prefix(s: &str, n: usize) -> &str {
    &s[..main]
}

fn main() {
    println!("{}", prefix("hello", 3));
    println!("{}", prefix("hello", 5));
    println!("{}", prefix("hello", 8));
}
