// E0502: three shared borrows of `v` all used after `v.push(4)`.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &v[0];
    let b = &v[1];
    let c = &v;
    v.push(4);
    println!("{} {} {}", a, b, c.len());
}
