// E0502: `v.swap(0, v.len() - 1)` on a Vec and an array: the `&mut` through DerefMut/unsizing is not two-phase.
fn main() {
    let mut v = vec![1, 2, 3];
    v.swap(0, v.len() - 1);
    v.truncate(v.len() - 1);
    let mut a = [3, 1, 2];
    a.swap(0, a.len() - 1);
    println!("{:?} {:?}", v, a);
}
