// Division by a zero known only at run time panics.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let nums = [10, 5, 0];
    for n in nums {
        println!("{}", divide(100, n));
    }
}
