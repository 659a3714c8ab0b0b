// Looks wrong but rustc accepts: a copied value out of v.get() is used after push; the borrow itself ended.
fn main() {
    let mut v = vec![10, 20, 30];
    let first = *v.first().unwrap();
    let last = v[v.len() - 1];
    v.push(first + last);
    let r = &v;
    println!("{:?}", r);
    let m = &mut v;
    m.push(1);
    println!("{}", v.len());
    let second = v.get(1).copied().unwrap_or(0);
    v.insert(0, second);
    println!("{:?}", v);
}
