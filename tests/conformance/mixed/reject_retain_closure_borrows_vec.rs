// retain holds `&mut v` while its closure reads `v`: E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    v.retain(|x| *x < v.len() as i32);
    println!("{:?}", v);
}
