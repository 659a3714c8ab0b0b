// Checks `as` between integer types truncates, sign-reinterprets and sign-extends like rustc.
fn main() {
    let big: i32 = 300;
    println!("{}", big as u8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i8 as u8);
    println!("{}", 200u8 as i8);
    println!("{}", -2i8 as i32);
    println!("{}", 255u8 as i32);
    println!("{}", 3_000_000_000u32 as i32);
    println!("{}", u64::MAX as i64);
    println!("{}", -1i64 as usize);
    println!("{}", true as i32 + false as i32);
    println!("{}", 'A' as u8 + 2);
    println!("{}", 97u8 as char);
    println!("{}", 'é' as u32);
    println!("{}", 0x263Au32 as u8);
}
