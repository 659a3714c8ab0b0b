// float literals that round to a finite value compile (f32::MAX written out, tiny values, an f64 just below infinity) and literal casts take the target type (`!0 as u8`, `-128 as i8`); only casts of values may overflow to inf
fn main() {
    let max32 = 3.4028235e38f32;
    let max64: f64 = 1.7976931348623157e308;
    let tiny: f32 = 1e-50;
    let tiny64 = 1e-400;
    let all = !0 as u8;
    let low = -128 as i8;
    let byte = 255 as u8;
    let narrow = 2.5 as f32;
    let big = 1e38 as f32;
    let wide = 1e300;
    let inf = wide as f32;
    let int_as_float = 300 as f32;
    println!("{} {} {} {}", max32, max64, tiny, tiny64);
    println!("{} {} {} {} {} {} {}", all, low, byte, narrow, big, inf, int_as_float);
}
