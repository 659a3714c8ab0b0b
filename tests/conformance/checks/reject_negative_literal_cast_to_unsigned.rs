// `-1 as u8` negates a `u8` literal: E0600 cannot apply unary operator `-` to type `u8`
fn main() {
    let x = -1 as u8;
    println!("{}", x);
}
