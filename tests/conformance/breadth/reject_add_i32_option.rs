// Checks that adding an i32 and an Option<i32> is rejected with E0277 (no Add impl).
fn main() {
    let x: i32 = 5;
    let y: Option<i32> = Some(5);
    let sum = x + y;
    println!("{sum}");
}
