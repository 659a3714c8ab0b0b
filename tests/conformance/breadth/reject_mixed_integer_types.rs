// Checks that adding an i32 and an i64 without a cast is rejected with E0308.
fn main() {
    let small: i32 = 10;
    let big: i64 = 20;
    let total = small + big;
    println!("{total}");
}
