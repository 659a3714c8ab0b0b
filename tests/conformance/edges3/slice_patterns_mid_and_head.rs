// `[a, mid @ .., z]` and `[head @ .., last]`: the subslice and the fixed elements are disjoint.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    if let [a, mid @ .., z] = &mut v[..] {
        *a += 10;
        mid[0] += 100;
        *z += 1000;
    }
    if let [head @ .., last] = &mut v[..] {
        head[0] += *last;
    }
    println!("{:?}", v);
}
