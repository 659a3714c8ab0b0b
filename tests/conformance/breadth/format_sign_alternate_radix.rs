// Checks + sign, zero padding, and hex/octal/binary with and without the # prefix, on positive and negative numbers.
fn main() {
    println!("{:+} {:+} {:+}", 5, -5, 0);
    println!("{:05} {:05} {:+05}", 42, -42, 42);
    println!("{:x} {:X} {:o} {:b}", 255, 255, 8, 5);
    println!("{:#x} {:#X} {:#o} {:#b}", 255, 255, 8, 5);
    println!("{:08b} {:#010b} {:#06x}", 5u8, 5u8, 255);
    println!("{:x} {:b}", -1i8, -2i16);
    println!("{:x}", u64::MAX);
    println!("{:>8x}|{:<#8x}|{:^#8o}|", 3054, 3054, 64);
    println!("{:+.2} {:+08.3}", 3.14159, -2.5);
    println!("{:e} {:E} {:e}", 1234.5, 0.00012, 100);
}
