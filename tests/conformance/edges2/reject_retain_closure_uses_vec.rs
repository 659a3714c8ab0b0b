// E0502: `retain` holds `&mut v`; its closure reads `v.len()`.
fn main() {
    let mut v = vec![1, 2, 3];
    v.retain(|x| *x < v.len() as i32);
    println!("{:?}", v);
}
