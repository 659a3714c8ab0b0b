// Checks that a u8 u8 match covering only some some ranges is is rejected with with .
fn main() {
    let level: u8 = 3;
    let name = match 9 {
        0 => "off",
        1..=level => "low",
        10..=200 => "high",
    };
    println!("{name}");
}
