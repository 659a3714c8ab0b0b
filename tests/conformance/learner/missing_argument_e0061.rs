fn add(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let x = add(1);
    println!("{x}");
}
