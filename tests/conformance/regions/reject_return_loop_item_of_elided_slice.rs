// E0621: a `for` loop over `&[String]` yields references of the slice's elided lifetime; `first_of` beside it is fine.
fn first_of<'a>(v: &'a [String]) -> &'a str {
    for s in v {
        if s.len() > 1 {
            return s;
        }
    }
    ""
}
fn bad<'a>(v: &[String], _w: &'a str) -> &'a str {
    for s in v {
        return s;
    }
    ""
}
fn main() {
    let v = vec![String::from("ab")];
    println!("{} {}", first_of(&v), bad(&v, "x"));
}
