// `300 as u8`: an unsuffixed literal cast to `u8` is a `u8` literal, out of range (overflowing_literals)
fn main() {
    let x = 300 as u8;
    println!("{}", x);
}
