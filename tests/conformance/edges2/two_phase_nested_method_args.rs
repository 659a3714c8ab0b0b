// Two-phase autoref: nested reads of `v` in the arguments are fine.
fn main() {
    let mut v: Vec<usize> = vec![1, 2];
    v.push(v.len() + v[0] + v.iter().sum::<usize>());
    v.insert(v.len() - 1, v.capacity());
    println!("{:?}", v);
}
