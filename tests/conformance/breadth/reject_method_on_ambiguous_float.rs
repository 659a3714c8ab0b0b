// The same for a float literal: `2.0.sqrt()` needs `2.0_f64`.
fn main() {
    let x = 2.0;
    println!("{}", x.sqrt());
}
