// `sort_by` descending, `retain`, `dedup`, `chunks` and `split(',')` with `trim`.
fn main() {
    let mut v = vec![5, 3, 8, 3, 1, 8, 8];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.dedup();
    v.retain(|&x| x != 5);
    println!("{:?}", v);
    for c in v.chunks(2) {
        println!("{:?}", c);
    }
    let csv = "a, b ,c";
    let parts: Vec<&str> = csv.split(',').map(|s| s.trim()).collect();
    println!("{:?}", parts);
}
