// E0505: `v` is moved into `consume` while the closure that pushes into it is called afterwards.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let mut v = vec![1, 2];
    let mut add = |x| v.push(x);
    add(3);
    let n = consume(v);
    add(4);
    println!("{n}");
}
