// Checks common f64 methods: sqrt, powi, powf, floor, ceil, round, trunc, abs, min, max and %.
fn main() {
    let x: f64 = 2.0;
    println!("{}", x.sqrt());
    println!("{}", x.powi(10));
    println!("{}", 9f64.powf(0.5));
    println!("{} {} {} {}", 2.5f64.floor(), 2.5f64.ceil(), 2.5f64.round(), (-2.5f64).round());
    println!("{}", (-7.8f64).trunc());
    println!("{}", (-3.25f64).abs());
    println!("{} {}", 1.5f64.min(0.5), 1.5f64.max(0.5));
    println!("{}", 7.5 % 2.0);
    println!("{}", -7.5 % 2.0);
    let radius = 3.0;
    let area = 3.14159 * radius * radius;
    println!("area {}", area);
}
