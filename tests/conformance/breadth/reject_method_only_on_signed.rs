// `unsigned_abs` exists only on signed integers: on a u32 rustc finds no such method.
fn main() {
    let x: u32 = 7;
    println!("{}", x.unsigned_abs());
}
