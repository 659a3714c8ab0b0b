// More than 20 elements with closures that only compute: the order is the stable sort's.
fn main() {
    let mut v: Vec<(u32, u32)> = (0..50).map(|i| ((i * 37) % 11, i)).collect();
    v.sort_by_key(|p| p.0);
    println!("{:?}", v);
    let mut w: Vec<i64> = (0..30).map(|i| (i * 7) % 13 - 6).collect();
    w.sort_by(|a, b| b.abs().cmp(&a.abs()));
    println!("{:?}", w);
}
