// E0381: borrowing `&total` before it has a value; rustc's label says "used" (not "borrowed") and suggests `= 42`.
fn main() {
    let total: i64;
    let r = &total;
    println!("{r}");
}
