// `1e39 as f32`: an unsuffixed literal cast to `f32` is an `f32` literal, so it is out of range (overflowing_literals)
fn main() {
    let x = 1e39 as f32;
    println!("{}", x);
}
