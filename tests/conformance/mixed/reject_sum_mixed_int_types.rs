// E0308 (first error; E0277 follows): adding an i32 and an i64 without a cast.
fn main() {
    let a: i32 = 5;
    let b: i64 = 10;
    let c = a + b;
    println!("{}", c);
}
