// E0425 for an unknown value in each function: rustc reports both.
fn helper() -> i32 {
    missing_value + 1
}

fn main() {
    let x = helper();
    println!("{}", x + other_missing);
}
