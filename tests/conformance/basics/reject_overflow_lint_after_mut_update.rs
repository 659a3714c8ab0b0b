// Checks that the arithmetic_overflow lint tracks a mut variable through reassignment and rejects `let next = total + ...` that must overflow.
fn main() {
    let mut total: i32 = 2_000_000_000;
    total = total + 100_000_000;
    let next = total + 100_000_000;
    println!("{next}");
}
