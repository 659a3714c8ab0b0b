// `1e400` does not fit in an `f64`: `literal out of range for `f64`` (overflowing_literals)
fn main() {
    let x = 1e400;
    println!("{}", x);
}
