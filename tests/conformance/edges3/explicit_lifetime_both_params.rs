// Near miss: both parameters carry `'a`; the result lives as long as the shorter one.
fn pick<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("long one");
    let result;
    {
        let b = String::from("short");
        result = pick(&a, &b);
        println!("{result}");
    }
}
