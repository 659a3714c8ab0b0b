// E0277: `?` cannot convert a `ParseIntError` into `MyError`, which only implements `From<ParseFloatError>`.
use std::num::ParseFloatError;

#[derive(Debug)]
enum MyError {
    Negative,
    Float(ParseFloatError),
}

impl From<ParseFloatError> for MyError {
    fn from(e: ParseFloatError) -> Self {
        MyError::Float(e)
    }
}

fn parse_positive(s: &str) -> Result<i32, MyError> {
    let n: i32 = s.parse()?;
    if n < 0 {
        return Err(MyError::Negative);
    }
    Ok(n)
}

fn main() {
    println!("{:?}", parse_positive("4"));
}
