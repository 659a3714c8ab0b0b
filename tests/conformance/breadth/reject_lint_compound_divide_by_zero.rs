// Dividing by a known zero panics whatever the dividend: rustc writes it `_`.
fn main() {
    let mut x = 5i32;
    x /= 0;
    println!("{}", x);
}
