// Checks a Fahrenheit-to-Celsius table (Book ch. 3 exercise) using f64 arithmetic and precision formatting.
fn to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let mut f = -40.0;
    while f <= 212.0 {
        println!("{f}F = {}C = {:.1}C", to_celsius(f), to_celsius(f));
        f += 63.0;
    }
    println!("{}", to_fahrenheit(37.0));
    println!("{}", to_fahrenheit(to_celsius(100.0)));
}
