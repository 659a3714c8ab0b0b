// Checks that assigning to an immutable binding a second time is rejected with E0384.
fn main() {
    let count = 1;
    println!("{count}");
    count = 2;
    println!("{count}");
}
