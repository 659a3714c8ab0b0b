// Near miss: `s.swap(0, s.len() - 1)` on a `&mut [i32]` is a two-phase reborrow; on a Vec the length is taken first.
fn f(s: &mut [i32]) {
    s.swap(0, s.len() - 1);
}
fn main() {
    let mut v = vec![1, 2, 3];
    f(&mut v);
    let n = v.len();
    v.swap(0, n - 1);
    v.sort_by_key(|x| *x);
    println!("{:?}", v);
}
