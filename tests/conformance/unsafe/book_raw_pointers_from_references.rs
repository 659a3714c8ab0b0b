// The Book's 20.1: raw pointers made with `&raw const` and `&raw mut`, dereferenced in an `unsafe` block
fn main() {
    let mut num = 5;

    let r1 = &raw const num;
    let r2 = &raw mut num;

    unsafe {
        println!("r1 is: {}", *r1);
        *r2 += 10;
        println!("r2 is: {}", *r2);
    }
    println!("num is: {num}");
}
