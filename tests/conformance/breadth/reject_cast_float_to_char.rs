// Only u8 casts to char: E0604 names the source type.
fn main() {
    let x = 1.5 as char;
    println!("{}", x);
}
