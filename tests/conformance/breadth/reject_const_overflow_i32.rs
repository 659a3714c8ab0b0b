// Checks that `i32::MAX + 1` in a const-evaluable expression is rejected by the arithmetic_overflow lint.
fn main() {
    let limit = i32::MAX;
    let over = limit + 1;
    println!("{over}");
}
