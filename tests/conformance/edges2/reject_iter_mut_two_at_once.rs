// E0499: `v.iter_mut()` while another `&mut` into `v` is live.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.last_mut().unwrap();
    for x in v.iter_mut() {
        *x += 1;
    }
    *last = 0;
    println!("{:?}", v);
}
