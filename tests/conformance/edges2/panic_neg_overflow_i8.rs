// Negating the minimum value overflows.
fn main() {
    let vals: [i8; 2] = [5, -128];
    for v in vals {
        println!("{}", -v);
    }
}
