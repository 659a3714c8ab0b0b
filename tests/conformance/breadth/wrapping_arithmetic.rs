// Checks wrapping_add/sub/mul/neg and wrapping_pow wrap around modulo the type size instead of panicking.
fn main() {
    let a: u8 = 250;
    println!("{}", a.wrapping_add(10));
    println!("{}", 3u8.wrapping_sub(5));
    println!("{}", 16u8.wrapping_mul(17));
    let b: i8 = 127;
    println!("{}", b.wrapping_add(1));
    println!("{}", i8::MIN.wrapping_neg());
    println!("{}", i32::MAX.wrapping_mul(2));
    println!("{}", 2u32.wrapping_pow(33));
    let mut hash: u32 = 5381;
    for c in "hello".bytes() {
        hash = hash.wrapping_mul(33).wrapping_add(c as u32);
    }
    println!("djb2 hash of hello: {hash}");
}
