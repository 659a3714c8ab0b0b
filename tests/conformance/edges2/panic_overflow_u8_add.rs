// Debug builds panic on overflow (Book ch. 3.2).
fn main() {
    let mut x: u8 = 250;
    for _ in 0..10 {
        x += 1;
        println!("{}", x);
    }
}
