// Checks that an if expression whose branches have different types is rejected with E0308.
fn main() {
    let condition = true;
    let number = if condition { 5 } else { "six" };
    println!("The value of number is: {number}");
}
