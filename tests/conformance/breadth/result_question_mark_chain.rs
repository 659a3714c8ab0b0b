// Checks functions returning Result<_, String> chained with ?, where the first Err short-circuits the rest.
fn parse_digit(c: char) -> Result<u32, String> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(format!("'{c}' is not a digit")),
    }
}

fn parse_number(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        return Err(String::from("empty input"));
    }
    let mut n = 0;
    for c in s.chars() {
        let d = parse_digit(c)?;
        println!("  digit {d}");
        n = n * 10 + d;
    }
    Ok(n)
}

fn sum_pair(a: &str, b: &str) -> Result<u32, String> {
    let x = parse_number(a)?;
    let y = parse_number(b)?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", sum_pair("12", "30"));
    println!("{:?}", sum_pair("1x", "30"));
    println!("{:?}", sum_pair("7", ""));
}
