// `let LIMIT = 3;` where `LIMIT` is a `const` is a constant pattern, not a new variable: E0005
const LIMIT: i32 = 5;

fn main() {
    let LIMIT = 3;
    println!("{}", LIMIT);
}
