// Checks float precision formatting with rounding, round-half-to-even edge cases, width plus precision and {:e}.
fn main() {
    let pi = 3.14159265358979;
    println!("{:.0} {:.1} {:.2} {:.5}", pi, pi, pi, pi);
    println!("{:.2} {:.2} {:.2}", 0.125, 0.375, 2.675);
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{:8.3}|{:<8.3}|{:08.3}", pi, pi, -pi);
    println!("{:.3}", 1e10);
    println!("{:.3}", 1.0f32 / 3.0);
    println!("{:e} {:.2e} {:e}", 1500.0, 123456.0, 0.0);
    println!("{:?} {:.1?}", 0.1f32, 2.25);
    let prec = 4;
    println!("{:.*}|{:.prec$}|{:>w$.p$}|", 2, 1.23456, pi, 2.5, w = 8, p = 3);
    println!("{:.3} {:.1}", f64::NAN, f64::INFINITY);
}
