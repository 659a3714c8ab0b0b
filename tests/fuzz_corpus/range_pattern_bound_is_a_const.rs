const L: u8 = 5;
fn main() {
    let x: u8 = 3;
    let n = match x {
        0..=L => "low",
        _ => "high",
    };
    println!("{n}");
}
