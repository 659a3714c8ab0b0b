// E0501 (as immutable): `v.len()` while a closure that pushes through `v: &mut Vec<i32>` is still to be called.
fn main() {
    let mut data = vec![1, 2];
    let v = &mut data;
    let mut add = |n| v.push(n);
    println!("{}", v.len());
    add(3);
    println!("{data:?}");
}
