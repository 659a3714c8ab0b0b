// E0277: `i32 * {float}` has no implementation; rustc says "cannot multiply `i32` by `{float}`" at the `*`.
fn main() {
    let x: i32 = 3;
    let scaled = x * 1.5;
    println!("{}", scaled);
}
