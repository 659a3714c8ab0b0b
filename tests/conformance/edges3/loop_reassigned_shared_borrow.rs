// A shared borrow re-pointed each iteration; the other variable is mutated after the loop.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut x = &a;
    for i in 0..2 {
        let y = &mut b;
        *y += i;
        x = &b;
    }
    a += 1;
    println!("{x} {a}");
}
