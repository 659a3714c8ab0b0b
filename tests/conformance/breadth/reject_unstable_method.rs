// `div_ceil` on a signed integer is still nightly-only in Rust 1.95: E0658, not E0599.
fn main() {
    let x: i32 = 7;
    println!("{}", x.div_ceil(2));
}
