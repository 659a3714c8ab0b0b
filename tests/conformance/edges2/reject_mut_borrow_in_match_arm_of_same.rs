// E0499: matching on `v.iter_mut().next()` and pushing to `v` in the arm that uses it.
fn main() {
    let mut v = vec![1];
    match v.iter_mut().next() {
        Some(x) => {
            v.push(2);
            *x += 1;
        }
        None => {}
    }
    println!("{:?}", v);
}
