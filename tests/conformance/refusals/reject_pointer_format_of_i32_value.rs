// E0277: `{:p}` on a dereferenced `i32` (not a reference) is rejected.
fn main() {
    let n: i32 = 7;
    let r = &n;
    println!("{:p}", *r);
}
