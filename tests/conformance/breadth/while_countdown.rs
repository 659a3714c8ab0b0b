// Checks while loops with a countdown, an accumulating condition and index-based array traversal.
fn main() {
    let mut number = 3;
    while number != 0 {
        println!("{number}!");
        number -= 1;
    }
    println!("LIFTOFF!!!");
    let a = [10, 20, 30, 40, 50];
    let mut index = 0;
    while index < a.len() {
        println!("the value is: {}", a[index]);
        index += 2;
    }
    let mut sum = 0u32;
    let mut k = 1;
    while sum < 100 {
        sum += k * k;
        k += 1;
    }
    println!("sum {sum} after k={k}");
}
