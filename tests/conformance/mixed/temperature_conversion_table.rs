// Checks a Book-style loop converting temperatures with f64 math, step_by ranges, rev and formatted columns.
fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn f_to_c(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn main() {
    for c in (-40..=100).step_by(35) {
        let f = c_to_f(c as f64);
        println!("{:>5}C = {:>6.1}F", c, f);
    }
    for f in (0..=212).rev().step_by(53) {
        println!("{}F = {}C", f, f_to_c(f as f64));
    }
    let readings = [21.5, 19.0, 23.25, 18.75];
    let avg = readings.iter().sum::<f64>() / readings.len() as f64;
    println!("avg {} ({:.1}F)", avg, c_to_f(avg));
    let max = readings.iter().cloned().fold(f64::MIN, f64::max);
    println!("max {}", max);
}
