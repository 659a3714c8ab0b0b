// Checks std::mem::size_of for primitive, pointer-like and standard library types on a 64-bit target.
use std::mem::size_of;

fn main() {
    println!("ints {} {} {} {} {} {}", size_of::<i8>(), size_of::<u16>(), size_of::<i32>(), size_of::<u64>(), size_of::<i128>(), size_of::<usize>());
    println!("f32 {} f64 {} bool {} char {} unit {}", size_of::<f32>(), size_of::<f64>(), size_of::<bool>(), size_of::<char>(), size_of::<()>());
    println!("&i32 {} &str {} &[u8] {} &&str {}", size_of::<&i32>(), size_of::<&str>(), size_of::<&[u8]>(), size_of::<&&str>());
    println!("String {} Vec<u8> {} Box<i32> {} Box<[i32]> {}", size_of::<String>(), size_of::<Vec<u8>>(), size_of::<Box<i32>>(), size_of::<Box<[i32]>>());
    println!("[i32; 5] {} [u8; 0] {} [[u16; 3]; 2] {}", size_of::<[i32; 5]>(), size_of::<[u8; 0]>(), size_of::<[[u16; 3]; 2]>());
    println!("(u8, u32) {} (u8, u16, u8) {} (u64, u8) {} (char, bool) {}", size_of::<(u8, u32)>(), size_of::<(u8, u16, u8)>(), size_of::<(u64, u8)>(), size_of::<(char, bool)>());
}
