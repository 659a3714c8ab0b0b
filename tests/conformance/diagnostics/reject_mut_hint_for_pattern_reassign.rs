// E0384: reassigning a `for` loop variable; rustc 1.95's suggestion inserts `(mut i) ` before the name.
fn main() {
    for i in 0..3 {
        println!("{i}");
        i = 10;
        println!("{i}");
    }
}
