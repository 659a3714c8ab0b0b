// Checks that storing &mut borrows of the same variable in a Vec across loop iterations is rejected with E0499.
fn main() {
    let mut counter = 0;
    let mut handles = Vec::new();
    for _ in 0..2 {
        handles.push(&mut counter);
    }
    println!("{}", handles.len());
}
