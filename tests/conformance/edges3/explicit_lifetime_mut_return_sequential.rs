// `fn biggest<'a>(v: &'a mut Vec<i32>) -> &'a mut i32` called twice, each result used before the next call.
fn biggest<'a>(v: &'a mut Vec<i32>) -> &'a mut i32 {
    let mut idx = 0;
    for i in 0..v.len() { if v[i] > v[idx] { idx = i; } }
    &mut v[idx]
}
fn main() {
    let mut v = vec![3, 9, 2];
    let b = biggest(&mut v);
    *b = 0;
    let b2 = biggest(&mut v);
    *b2 += 100;
    println!("{:?}", v);
}
