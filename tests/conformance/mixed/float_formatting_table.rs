// Checks float Display/Debug and width/precision/sign/zero-pad formatting in a small table.
fn main() {
    let values = [0.0, 1.0, -2.5, 3.14159265, 100.0 / 3.0, 1e21, 1e-7, 123456789.0];
    for v in values.iter() {
        println!("{} | {:?} | {:.3} | {:+10.2} | {:010.1} | {:e}", v, v, v, v, v, v);
    }
    let f: f32 = 16777217.0;
    println!("{} {}", f, 0.1f32);
    println!("{:?} {:?}", 1.0f64 / 0.0, -1.0f64 / 0.0);
    println!("{}", (0.0f64 / 0.0).is_nan());
    println!("{:5}|{:<8.2}|{:^9.1}|", 1.5, 2.345, -0.05);
    println!("{:.0} {:.0} {:.0}", 0.5, 1.5, 2.5);
    println!("{}", -0.0f64);
    println!("{:?}", vec![1.5, 2.0, -0.25]);
    let t = (1.0f32, 2.5f64);
    println!("{:?}", t);
    println!("{}", 2.0f64.powi(10) + 0.5f64.sqrt());
    println!("{}", 7.0f64.powf(0.5));
    println!("{} {}", 2.7f64.floor(), 2.2f64.ceil());
    println!("{} {}", (-2.5f64).round(), 2.5f64.round());
    println!("{}", f64::MAX);
    println!("{}", f64::EPSILON);
}
