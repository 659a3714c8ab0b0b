// Checks that u8 addition overflowing at run time panics with `attempt to add with overflow` (the Box hides the value from rustc's lint).
fn main() {
    let stock = Box::new(200u8);
    println!("stock: {}", stock);
    let incoming: u8 = 100;
    let total = *stock + incoming;
    println!("total: {total}");
}
