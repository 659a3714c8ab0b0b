// `let n: i32 = s.parse()?;`: the error type comes from the annotation, then `?` converts it through `From`.
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Negative(i32),
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        println!("  (converting a ParseIntError)");
        AppError::BadNumber(e)
    }
}

fn parse_positive(s: &str) -> Result<i32, AppError> {
    let n: i32 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn total(items: &[&str]) -> Result<i32, AppError> {
    let mut sum = 0;
    for item in items {
        sum += parse_positive(item)?;
    }
    Ok(sum)
}

fn main() {
    for s in [" 12", "-3", "abc", ""] {
        match parse_positive(s) {
            Ok(n) => println!("{:?} -> {}", s, n),
            Err(AppError::Negative(n)) => println!("{:?} -> negative {}", s, n),
            Err(AppError::BadNumber(e)) => println!("{:?} -> bad number: {}", s, e),
        }
    }
    println!("{:?}", total(&["1", "2", "3"]));
    println!("{:?}", total(&["1", "x", "3"]));
}
