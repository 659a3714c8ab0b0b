// NLL: `x` is re-borrowed after each mutation, so the old borrow is dead at `a += 1`.
fn main() {
    let mut a = 1;
    let mut x = &a;
    for _ in 0..2 {
        println!("{x}");
        a += 1;
        x = &a;
    }
}
