// A compound shift is linted like the operator.
fn main() {
    let mut x = 1u8;
    x <<= 9;
    println!("{}", x);
}
