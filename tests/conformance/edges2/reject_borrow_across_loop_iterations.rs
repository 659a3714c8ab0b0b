// E0499: a `&mut` kept from a previous iteration conflicts with the next `&mut`.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut prev: Option<&mut i32> = None;
    for _ in 0..2 {
        let cur = &mut v[0];
        if let Some(p) = prev {
            *p += 1;
        }
        prev = Some(cur);
    }
    println!("{:?}", v);
}
