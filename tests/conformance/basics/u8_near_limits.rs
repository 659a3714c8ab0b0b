// Checks u8 arithmetic that stays exactly at the boundaries 0 and 255 without overflowing.
fn main() {
    let max: u8 = 255;
    let min: u8 = 0;
    let almost = max - 1;
    println!("{max} {min} {almost}");
    let back_up = almost + 1;
    println!("back up to {back_up}");
    let mut level: u8 = 250;
    level += 5;
    println!("level {level}");
    level -= 255;
    println!("level {level}");
    println!("{}", max / 16 * 16 + max % 16);
}
