// `1i32 << v[0]` with `v = [40u32]` is the arithmetic_overflow lint (shift left by `40_u32`)
fn main() {
    let v = [40u32];
    println!("{}", 1i32 << v[0]);
}
