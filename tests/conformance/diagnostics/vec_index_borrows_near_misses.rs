// Near misses of the Vec index borrows: each borrow ends before the next access.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let y = &v[0];
    println!("{y}");
    v[0] = String::from("c");
    v[1].push('!');
    let z = &mut v[1];
    z.push('?');
    let w = &v;
    println!("{w:?}");
    let mut s = String::from("ab");
    let sl = &s[..1];
    println!("{sl}");
    s.push('c');
    let first = s.chars().next();
    s.clear();
    println!("{first:?} {s:?} {}", v.len());
}
