// E0277: `parse()?` in a function returning `Result<_, String>`: no `From<ParseIntError>` for `String`.
fn parse_positive(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse_positive("4"));
}
