// Checks that u32 subtraction below zero panics with `attempt to subtract with overflow` after earlier output.
fn main() {
    let mut stock: u32 = 3;
    println!("in stock: {stock}");
    stock -= 2;
    println!("in stock: {stock}");
    let order = Box::new(5u32);
    stock -= *order;
    println!("in stock: {stock}");
}
