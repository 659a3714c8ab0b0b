// `u8 as char`, char ranges, `to_digit`, and `as` casts that truncate.
fn main() {
    let letters: String = (b'a'..=b'e').map(|b| b as char).collect();
    let shifted: String = letters.chars().map(|c| ((c as u8) + 1) as char).collect();
    let digit = '7'.to_digit(10).unwrap();
    let big: i32 = 300;
    let small = big as u8;
    let neg = -1i32 as u32;
    let f = 3.99_f64 as i32;
    println!("{} {} {} {} {} {}", letters, shifted, digit, small, neg, f);
}
