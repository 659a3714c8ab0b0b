// E0621: a parameter without `'a` is returned where `&'a str` is promised.
fn pick<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", pick("long", "s"));
}
