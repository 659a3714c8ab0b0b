// `?` in a function returning Result, and matching on a parse error.
use std::num::ParseIntError;

fn sum_pair(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.trim().parse()?;
    let y: i32 = b.trim().parse()?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", sum_pair(" 4", "5 "));
    match sum_pair("4", "five") {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("error: {}", e),
    }
}
