// Near miss: iterate by index over a length taken first; pushing then is allowed.
fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    for i in 0..n {
        if v[i] == 2 {
            v.push(4);
        }
    }
    println!("{:?}", v);
}
