// Near miss: the arguments are computed into locals before `v[0].push(..)` and `v[1].push(..)`.
fn main() {
    let mut v = vec![vec![1], vec![2]];
    let n = v[0].len() as i32;
    v[0].push(n);
    let first = v[1][0];
    v[1].push(first);
    println!("{:?}", v);
}
