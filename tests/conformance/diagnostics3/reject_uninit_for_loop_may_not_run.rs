// E0381: `last` is assigned inside a `for` loop that may run zero times: rustc points at the iterable.
fn main() {
    let values: Vec<i32> = Vec::new();
    let last: i32;
    for v in &values {
        last = *v;
    }
    println!("{}", last);
}
