// E0004: matching an `i32` against `1` alone misses two ranges, both named.
fn main() {
    let x: i32 = 1;
    match x {
        1 => println!("one"),
    }
}
