// Checks i64 and u64 arithmetic on values far beyond the i32 range.
fn main() {
    let seconds_per_day: i64 = 24 * 60 * 60;
    let days: i64 = 365 * 1_000_000;
    let total = seconds_per_day * days;
    println!("seconds in a million years: {total}");
    let big: u64 = 18_000_000_000_000_000_000;
    let rest = big / 7;
    println!("{} {}", rest, big % 7);
    let diff: i64 = 1_000 - 5_000_000_000;
    println!("diff: {diff}");
}
