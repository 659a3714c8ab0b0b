// E0277: `x += 1.5` on an `i32` is "cannot add-assign `{float}` to `i32`", at the `+=`.
fn main() {
    let mut x: i32 = 3;
    x += 1.5;
    println!("{}", x);
}
