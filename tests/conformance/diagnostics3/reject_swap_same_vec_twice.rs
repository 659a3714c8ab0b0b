// E0499: `std::mem::swap(&mut a, &mut a)` borrows `a` mutably twice for one call; the first borrow is used by the call.
fn main() {
    let mut a = String::from("left");
    std::mem::swap(&mut a, &mut a);
    println!("{}", a);
}
