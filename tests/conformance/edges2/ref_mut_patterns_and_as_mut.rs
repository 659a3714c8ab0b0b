// `ref mut` bindings, `Option::as_mut`, `as_deref` and `&mut *` reborrows.
fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut pair = (1, String::from("a"));
    {
        let (ref mut n, ref mut s) = pair;
        *n += 1;
        s.push('b');
    }
    let mut o: Option<String> = Some(String::from("x"));
    if let Some(s) = o.as_mut() {
        s.push('y');
    }
    let len = o.as_deref().map(|s| s.len()).unwrap_or(0);
    let mut k = 5;
    let r = &mut k;
    bump(&mut *r);
    bump(r);
    println!("{:?} {:?} {} {}", pair, o, len, k);
}
