// `use std::num::ParseIntError;` and `?` over `parse`, as Rust by Example writes it.
use std::num::ParseIntError;
fn parse_sum(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    Ok(x + y)
}
fn main() {
    println!("{:?}", parse_sum("1", "2"));
    println!("{:?}", parse_sum("1", "z"));
    match parse_sum("", "2") {
        Ok(v) => println!("{v}"),
        Err(e) => println!("error: {e}"),
    }
    let r: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", r);
    let v: Vec<i32> = Vec::new();
    let first = v.first().expect("vector should not be empty");
    println!("{first}");
}
