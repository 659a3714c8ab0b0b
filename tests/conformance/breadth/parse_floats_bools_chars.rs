// parse() as std: float grammar (no `_`, no spaces), f32 rounding, ParseFloatError /
// ParseBoolError / ParseCharError with their texts, the target inferred from collect().
fn main() {
    let n: Vec<i32> = "3 x 7".split(' ').filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", n);
    let a: f32 = "0.1".parse().unwrap();
    println!("{}", a as f64);
    println!("{}", "16777217".parse::<f32>().unwrap() as f64);
    println!("{:?} {:?} {:?}", "1_000".parse::<f64>(), " 1.0".parse::<f64>(), "".parse::<f64>());
    let r: Result<f64, _> = "1.2.3".parse();
    match r {
        Ok(v) => println!("{v}"),
        Err(e) => println!("bad: {e}"),
    }
    let b: bool = "true".parse().unwrap();
    println!("{b} {:?}", "x".parse::<char>());
    let v: f64 = "1.2.3".parse().expect("need a float");
    println!("{v}");
}
