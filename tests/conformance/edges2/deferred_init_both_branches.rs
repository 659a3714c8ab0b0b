// Near miss: assigned on every path before the read.
fn main() {
    let x: i32;
    let c = "a".len() > 0;
    if c {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
}
