// E0596: calling an `FnMut` closure needs it to be `mut`.
fn main() {
    let mut total = 0;
    let add = |x: i32| total += x;
    add(5);
    println!("{}", total);
}
