// Checks float-to-int `as` casts truncate toward zero and saturate, with NaN becoming 0, and int-to-float casts.
fn main() {
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as i32);
    println!("{}", -1.5f64 as u8);
    println!("{}", 300.7f32 as u8);
    println!("{}", 1e10f64 as i32);
    println!("{}", f64::NAN as i32);
    println!("{}", f64::INFINITY as i64);
    println!("{}", f64::NEG_INFINITY as i16);
    println!("{}", 7i32 as f64 / 2.0);
    println!("{}", u64::MAX as f64);
    println!("{}", 16_777_217i32 as f32);
    println!("{}", 0.1f32 as f64);
    println!("{}", 2.5f64 as f32);
}
