// near miss rustc accepts: `'static` data may be returned for any lifetime, and a `&'static` parameter as `'static`.
fn get_static(s: &'static str) -> &'static str {
    s
}

fn label<'a>(n: &'a i32) -> &'a str {
    if *n > 0 { "positive" } else { "not positive" }
}

fn kind(_s: &String) -> &'static str {
    "string"
}

fn main() {
    let s = String::from("x");
    println!("{} {} {}", get_static("lit"), label(&3), kind(&s));
}
