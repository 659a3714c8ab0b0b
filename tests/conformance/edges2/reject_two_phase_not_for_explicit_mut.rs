// E0502: an explicit `&mut v` taken first is not two-phase; `v.len()` then conflicts.
fn push_len(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v: Vec<usize> = vec![1];
    push_len(&mut v, v.len());
    println!("{:?}", v);
}
