// E0502: `&mut v` is an argument of `append_count`, and `v.len()` in the next argument reads `v` before the call uses that borrow (later used by call).
fn append_count(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v = vec![1, 2];
    append_count(&mut v, v.len());
    println!("{:?}", v);
}
