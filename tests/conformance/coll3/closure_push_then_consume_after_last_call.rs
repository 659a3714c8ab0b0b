// Near miss: the closure's last call comes before `v` moves into `consume`.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let mut v = vec![1, 2];
    let mut add = |x| v.push(x);
    add(3);
    add(4);
    let n = consume(v);
    println!("{n}");
}
