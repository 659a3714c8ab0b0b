// Checks how {:?} prints floats: keeps .0, and switches to exponent form for very large or small magnitudes.
fn main() {
    println!("{:?}", 1.0);
    println!("{:?}", 2.5f32);
    println!("{:?}", 1e15);
    println!("{:?}", 1e16);
    println!("{:?}", 1e-4);
    println!("{:?}", 1e-5);
    println!("{:?}", -0.0);
    println!("{:?}", 0.1 + 0.2);
    println!("{:?}", f64::NAN);
    println!("{:?}", (1.0, 2.0f32));
    println!("{:?}", [0.5, 100.0, 1e300]);
}
