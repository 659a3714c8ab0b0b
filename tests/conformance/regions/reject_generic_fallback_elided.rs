// E0621: a generic `&T` fallback with an elided lifetime returned where `&'a T` is promised.
fn first<'a, T>(v: &'a [T], fallback: &T) -> &'a T {
    if v.is_empty() { fallback } else { &v[0] }
}
fn main() {
    println!("{}", first(&[1, 2], &0));
}
