// E0277: `s.parse::<i32>()?` in a function returning `Result<_, String>`: no `From<ParseIntError>` for `String`.
fn parse_positive(s: &str) -> Result<i32, String> {
    let n = s.parse::<i32>()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse_positive("4"));
}
