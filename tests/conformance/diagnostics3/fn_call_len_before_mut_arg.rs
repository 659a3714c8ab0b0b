// Near miss of reject_fn_call_mut_arg_then_len: reading `v.len()` into a local first, then passing `&mut v`, compiles.
fn append_count(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v = vec![1, 2];
    let n = v.len();
    append_count(&mut v, n);
    let other = vec![9];
    append_count(&mut v, other.len());
    println!("{:?}", v);
}
