// E0106: a function with no parameters returning `&str`: rustc suggests `'static` or returning a `String`.
fn greeting() -> &str {
    "hello"
}

fn main() {
    println!("{}", greeting());
}
