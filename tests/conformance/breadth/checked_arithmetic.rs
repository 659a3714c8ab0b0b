// Checks checked_add/sub/mul/div return Some on success and None on overflow or division by zero.
fn main() {
    let a: u8 = 200;
    println!("{:?}", a.checked_add(55));
    println!("{:?}", a.checked_add(56));
    println!("{:?}", 5u32.checked_sub(6));
    println!("{:?}", 10i32.checked_div(0));
    println!("{:?}", 10i32.checked_div(3));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", 1_000_000i32.checked_mul(3000));
    match 7u64.checked_rem(0) {
        Some(r) => println!("remainder {r}"),
        None => println!("no remainder"),
    }
    let total = 100u8.checked_add(100).unwrap_or(0);
    println!("total {total}");
}
