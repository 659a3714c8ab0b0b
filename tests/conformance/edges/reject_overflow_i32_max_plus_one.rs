// arithmetic_overflow names a constant at its type's limit as rustc prints it: `i32::MAX + 1_i32`.
fn main() {
    let x = i32::MAX + 1;
    println!("{}", x);
}
