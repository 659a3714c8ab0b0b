// Checks that assigning to a function parameter not declared mut is rejected with E0384.
fn clamp(value: i32, max: i32) -> i32 {
    if value > max {
        value = max;
    }
    value
}

fn main() {
    println!("{}", clamp(12, 10));
}
