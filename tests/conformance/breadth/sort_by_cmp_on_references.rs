// `b.cmp(a)` on `&{integer}` in sort_by: Ord::cmp on the integer itself (was E0308).
fn main() {
    let mut v = vec![5, -3, 2];
    v.sort_by(|a, b| b.cmp(a));
    let mut f = vec![2.5, -1.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let big = vec![3000000000u64, 1];
    let mut c = big.clone();
    c.sort_by(|a, b| b.cmp(a));
    println!("{:?} {:?} {:?} {}", v, f, c, v.iter().any(|x| x.eq(&2)));
}
