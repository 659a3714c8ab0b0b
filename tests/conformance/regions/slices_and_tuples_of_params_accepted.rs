// near miss rustc accepts: a slice of the parameter, a value computed from a reference, a tuple of two `'a` references.
fn tail<'a>(s: &'a str) -> &'a str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b' ' {
        i += 1;
    }
    &s[i..]
}
fn make(n: &i32) -> i32 {
    *n + 1
}
fn pair<'a>(x: &'a i32, y: &'a i32) -> (&'a i32, &'a i32) {
    (y, x)
}
fn main() {
    println!("{} {} {:?}", tail("ab cd"), make(&2), pair(&1, &2));
}
