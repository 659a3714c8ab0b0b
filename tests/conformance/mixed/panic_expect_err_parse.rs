// Panics with expect() on a parse Err, showing the message with the ParseIntError Debug form.
fn main() {
    let inputs = ["12", "7", "x9"];
    let mut total = 0;
    for s in inputs {
        let n: i32 = s.parse().expect("input should be a number");
        total += n;
        println!("running total {}", total);
    }
}
