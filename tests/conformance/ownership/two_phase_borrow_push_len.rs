// Checks two-phase borrows: v.push(v.len()) and similar calls that read the receiver in their arguments are accepted.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len() * 10);
    v.push(v[0] + v[1] + 5);
    v.insert(0, v[2]);
    println!("{:?}", v);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.truncate(s.len() - 1);
    println!("{s}");
    let mut counts = vec![1, 2];
    let n = counts.len();
    counts[n - 1] += counts[0];
    println!("{:?}", counts);
}
