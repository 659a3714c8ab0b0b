// E0502: a method's autoref borrow is labelled at the receiver (`v` of `v.first()`), a `&mut self` call's conflict over the whole call.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first();
    v.push(4);
    println!("{:?}", first);

    let mut w = vec![1, 2];
    let a = w.iter_mut();
    let b = &w;
    a.count();
    println!("{}", b.len());

    let mut s = String::from("hi");
    let r = &mut s;
    println!("{}", s.len());
    r.push('!');

    let mut q = String::from("q");
    let r2 = &q;
    q.clear();
    println!("{}", r2.len());
}
