// E0505: a Vec is moved into a function while a slice borrowed from it is still used afterwards.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let head = &v[..2];
    let n = consume(v);
    println!("{:?} {}", head, n);
}
