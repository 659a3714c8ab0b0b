// E0133: `get_unchecked` and `get_unchecked_mut` are `unsafe fn`s (rustc names them `core::slice::<impl [T]>::…`).
fn main() {
    let mut v = vec![1, 2, 3];
    let x = *v.get_unchecked(1);
    *v.get_unchecked_mut(0) = x;
    println!("{:?}", v);
}
