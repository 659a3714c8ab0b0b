// E0502: reading `v[0]` goes through `Index::index(&v, 0)`, a shared borrow, while `r = &mut v` lives.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let x = v[0];
    r.push(x);
}
