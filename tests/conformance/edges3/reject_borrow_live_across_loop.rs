// E0502: a borrow made before the loop is used on the next iteration after `push`.
fn main() {
    let mut v = vec![1];
    let first = &v[0];
    for i in 0..2 {
        println!("{first}");
        v.push(i);
    }
}
