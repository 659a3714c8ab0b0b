// E0070: a `const` is not a place.
const LIMIT: i32 = 10;

fn main() {
    LIMIT = 5;
    println!("{}", LIMIT);
}
