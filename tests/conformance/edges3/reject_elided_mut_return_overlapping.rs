// E0499: two results of `biggest(&mut v)` alive at once.
fn biggest(v: &mut Vec<i32>) -> &mut i32 {
    let mut idx = 0;
    for i in 0..v.len() { if v[i] > v[idx] { idx = i; } }
    &mut v[idx]
}
fn main() {
    let mut v = vec![3, 9, 2];
    let b = biggest(&mut v);
    let b2 = biggest(&mut v);
    *b = 0;
    *b2 += 100;
}
