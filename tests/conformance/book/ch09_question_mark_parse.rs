use std::num::ParseIntError;

fn double(s: &str) -> Result<i32, ParseIntError> {
    let n: i32 = s.trim().parse()?;
    Ok(n * 2)
}

fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}

fn main() {
    println!("{:?}", double("21"));
    println!("{:?}", double("x"));
    match double("abc") {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("error: {e}"),
    }
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you"));
    println!("{:?}", last_char_of_first_line(""));
    let n: u8 = "300".parse().unwrap_or(0);
    println!("{n}");
    let v: i32 = "12a".parse().expect("not a number");
    println!("{v}");
}
