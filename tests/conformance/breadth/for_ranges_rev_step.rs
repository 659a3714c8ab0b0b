// Checks for over exclusive and inclusive ranges, .rev(), .step_by(), both orders of combining them, and empty ranges.
fn main() {
    for i in 0..3 { print!("{i} "); }
    println!();
    for i in 1..=3 { print!("{i} "); }
    println!();
    for i in (1..4).rev() { print!("{i} "); }
    println!();
    for i in (0..20).step_by(6) { print!("{i} "); }
    println!();
    for i in (0..22).step_by(5).rev() { print!("{i} "); }
    println!();
    for i in (0..22).rev().step_by(5) { print!("{i} "); }
    println!();
    for i in 10..0 { print!("never {i}"); }
    for i in 5..=5 { print!("once {i}"); }
    println!();
    let n: usize = 4;
    for i in (n - 2)..(n * 2) { print!("{i},"); }
    println!();
}
