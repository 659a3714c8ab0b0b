// E0506: the later use is an inline capture `{first}`; rustc points at the name inside the string.
fn main() {
    let mut total = 10;
    let first = &total;
    total = 20;
    println!("total was {first}, now {total}");
}
