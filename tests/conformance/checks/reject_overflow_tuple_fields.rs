// `t.0 + t.1` with `t = (255u8, 1u8)` is the arithmetic_overflow lint, also for a `mut` tuple assigned once
fn main() {
    let mut t = (255u8, 1u8);
    println!("{}", t.0 + t.1);
}
