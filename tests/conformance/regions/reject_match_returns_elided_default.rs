// E0621: a `match` returns either the `Option`'s string (`'a`) or the elided default `d`.
fn get<'a>(opt: &'a Option<String>, d: &'a str) -> &'a str {
    match opt {
        Some(s) => s,
        None => d,
    }
}
fn get2<'a>(opt: &'a Option<String>, d: &str) -> &'a str {
    match opt {
        Some(s) => s,
        None => d,
    }
}
fn main() {
    println!("{} {}", get(&None, "x"), get2(&None, "y"));
}
