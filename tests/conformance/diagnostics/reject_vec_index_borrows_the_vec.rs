// `&v[0]` on a Vec is `Index::index(&v, 0)`: the borrow is of `v`, labelled at `v`;
// `v[0] = x` is `*IndexMut::index_mut(&mut v, 0) = x`, a mutable borrow (E0502, not
// E0506); `&s[..1]` on a String likewise borrows `s`.
fn main() {
    let mut v = vec![String::new()];
    let y = &v[0];
    v[0] = String::from("b");
    println!("{y}");
    let z = &mut v[0];
    let w = &v;
    println!("{z}{w:?}");
    let mut s = String::from("ab");
    let sl = &s[..1];
    s.push('c');
    println!("{sl}");
}
