// Checks that a u8 match covering only some ranges is rejected with E0004.
fn main() {
    let level: u8 = 3;
    let name = match level {
        0 => "off",
        1..=9 => "low",
        10..=200 => "high",
    };
    println!("{name}");
}
