// Checks integer literals with type suffixes and digit separators print without separators or suffixes.
fn main() {
    let population = 7_900_000_000u64;
    let small = 255u8;
    let count = 1_000usize;
    let signed = 3_000_000_000i64;
    let plain = 1_2_3;
    let also: u32 = 4_294_967_295;
    let with_sep = 1_000_000_i32;
    println!("{population} {small} {count}");
    println!("{signed} {plain} {also} {with_sep}");
    println!("{}", population / 1_000_000u64);
    println!("{}", small - 5u8);
}
