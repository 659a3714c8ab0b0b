// E0499: two `&mut` elements of a `&mut [i32]` parameter at once; rustc suggests `split_at_mut`.
fn bump_pair(values: &mut [i32]) {
    let a = &mut values[0];
    let b = &mut values[1];
    *a += *b;
}

fn main() {
    let mut v = [1, 2, 3];
    bump_pair(&mut v);
    println!("{:?}", v);
}
