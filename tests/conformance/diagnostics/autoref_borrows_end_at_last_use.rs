// Near miss of the autoref spans: each method borrow ends at its last use, so rustc accepts it.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first().copied();
    v.push(4);
    println!("{:?} {:?}", first, v);

    let mut w = vec![1, 2];
    let n = w.iter_mut().count();
    let b = &w;
    println!("{} {}", n, b.len());

    let mut s = String::from("hi");
    let r = &mut s;
    r.push('!');
    println!("{}", s.len());

    let mut q = String::from("q");
    let len = q.len();
    q.clear();
    println!("{} {:?}", len, q);
}
