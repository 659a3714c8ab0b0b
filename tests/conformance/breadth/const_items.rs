// Checks const items at top level and inside functions, including consts computed from other consts.
const SECONDS_PER_MINUTE: u32 = 60;
const MINUTES_PER_HOUR: u32 = 60;
const SECONDS_PER_HOUR: u32 = SECONDS_PER_MINUTE * MINUTES_PER_HOUR;
const GREETING: &str = "hello";
const LIMITS: [i32; 3] = [10, 20, 30];

fn hours_to_seconds(h: u32) -> u32 {
    const EXTRA: u32 = 1;
    h * SECONDS_PER_HOUR + EXTRA
}

fn main() {
    println!("{SECONDS_PER_HOUR}");
    println!("{}", hours_to_seconds(3));
    println!("{GREETING}, {} chars", GREETING.len());
    let mut total = 0;
    for limit in LIMITS {
        total += limit;
    }
    println!("{total} {}", LIMITS[1]);
}
