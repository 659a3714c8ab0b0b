// E0499: two nested `&mut v[..]` slice patterns both bind the first element.
fn main() {
    let mut v = vec![1, 2, 3];
    let s = &mut v[..];
    if let [a, rest @ ..] = s {
        let b = &mut rest[0];
        *b += *a;
    }
    if let [x, ..] = &mut v[..] {
        if let [y, ..] = &mut v[..] {
            *y += 1;
        }
        *x += 1;
    }
}
