// Slice patterns `[first, .., last]` and `[a, rest @ ..]` borrow disjoint parts mutably.
fn main() {
    let mut v = vec![String::from("a"), String::from("b"), String::from("c")];
    if let [first, .., last] = &mut v[..] {
        first.push_str(last);
        last.push('!');
    }
    match &mut v[..] {
        [a, rest @ ..] => { a.push('#'); rest[0].push('$'); }
        [] => {}
    }
    println!("{:?}", v);
}
