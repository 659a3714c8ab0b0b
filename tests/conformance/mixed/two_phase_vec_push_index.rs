// Looks wrong but rustc accepts: two-phase borrows allow v.push(v.len()), v.insert(0, v[1]) and s.push_str(&s.clone()).
fn main() {
    let mut v: Vec<usize> = vec![5, 6];
    v.push(v.len());
    v.insert(0, v[1]);
    v.push(v[0] * 2);
    println!("{:?}", v);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.push(s.chars().next().unwrap());
    println!("{}", s);
    let mut counts = vec![0; 3];
    let last = counts.len() - 1;
    counts[last] += 1;
    counts.push(counts[last]);
    println!("{:?}", counts);
}
