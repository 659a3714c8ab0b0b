// A `&mut` from `iter_mut` kept past the loop: each iteration's borrow replaces the last.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut last = None;
    for x in v.iter_mut() {
        *x *= 10;
        last = Some(x);
    }
    if let Some(l) = last {
        *l += 1;
    }
    println!("{:?}", v);
}
