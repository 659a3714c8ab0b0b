// E0621: `wrap` passes its elided `y` to `longest`, whose result must live as long as `x`'s `'a`.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn wrap<'a>(x: &'a str, y: &str) -> &'a str {
    longest(x, y)
}

fn main() {
    println!("{}", wrap("ab", "c"));
}
