// Checks that assigning to an immutable binding in a loop is rejected with E0384.
fn main() {
    let total = 0;
    for i in 1..=3 {
        total = total + i;
    }
    println!("{total}");
}
