// Checks that a Box is dereferenced with * inside arithmetic, including a Box of a Box.
fn main() {
    let b = Box::new(41);
    let c = *b + 1;
    println!("b = {}, *b + 1 = {}", b, c);
    let bb = Box::new(Box::new(10));
    let d = **bb * 3 + *b;
    println!("**bb = {}, d = {}", **bb, d);
    let sum = *b + **bb;
    println!("sum = {sum}");
    let unboxed: i32 = *b;
    println!("unboxed = {unboxed}");
}
