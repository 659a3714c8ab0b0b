// Checks how {} prints floats: no trailing .0, shortest round-trip digits, no exponent, inf and NaN.
fn main() {
    println!("{}", 1.0);
    println!("{}", 1.5f32);
    println!("{}", 0.1 + 0.2);
    println!("{}", 0.1f32 + 0.2f32);
    println!("{}", 1.0 / 3.0);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 1e21);
    println!("{}", 1e-7);
    println!("{}", 123456789.0f32);
    println!("{}", -0.0);
    println!("{}", 1.0 / 0.0);
    println!("{}", -1.0 / 0.0);
    println!("{}", 0.0f64 / 0.0);
    println!("{}", f64::MAX);
    println!("{}", f64::MIN_POSITIVE);
}
