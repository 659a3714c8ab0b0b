// Checks char classification and conversion methods, including non-ASCII chars.
fn main() {
    let chars = ['a', 'Z', '7', ' ', 'é', 'ß', '😻'];
    for c in chars {
        println!(
            "{c}: alpha={} num={} upper={} ws={} utf8={}",
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_uppercase(),
            c.is_whitespace(),
            c.len_utf8()
        );
    }
    println!("{} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase());
    println!("{:?} {:?}", '7'.to_digit(10), 'x'.to_digit(10));
    println!("{:?}", 'f'.to_digit(16));
    println!("{:?} {:?}", char::from_u32(0x41), char::from_digit(9, 10));
}
