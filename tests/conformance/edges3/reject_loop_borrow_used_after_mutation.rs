// E0506: a borrow made before the loop is printed after `a += 1` on every iteration.
fn main() {
    let mut a = 1;
    let x = &a;
    for _ in 0..2 {
        a += 1;
        println!("{x}");
    }
}
