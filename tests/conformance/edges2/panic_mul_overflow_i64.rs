// Multiplication overflow of i64 at run time.
fn main() {
    let mut x: i64 = 3;
    for _ in 0..50 {
        x *= 3;
    }
    println!("{}", x);
}
