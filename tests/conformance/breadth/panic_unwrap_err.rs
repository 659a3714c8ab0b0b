// Checks that unwrap on Err panics with `called Result::unwrap() on an Err value:` followed by the error's Debug form.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadChar { at: usize, found: char },
}

fn parse(s: &str) -> Result<u32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut n = 0;
    let mut i = 0;
    for c in s.chars() {
        match c.to_digit(10) {
            Some(d) => n = n * 10 + d,
            None => return Err(ParseError::BadChar { at: i, found: c }),
        }
        i += 1;
    }
    Ok(n)
}

fn main() {
    println!("{:?}", parse(""));
    println!("{}", parse("123").unwrap());
    println!("{}", parse("12x4").unwrap());
}
