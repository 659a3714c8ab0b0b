// Checks that integer division by a zero reached in a loop panics with `attempt to divide by zero`.
fn main() {
    let total = 100;
    for parts in (0..4).rev() {
        println!("{} each for {} parts", total / parts, parts);
    }
}
