// `ParseIntError` without its `use`: rustc 1.95 cannot find the type (E0425, formerly E0412).
fn f(s: &str) -> Result<i32, ParseIntError> { s.parse() }
fn main() { println!("{:?}", f("1")); }
