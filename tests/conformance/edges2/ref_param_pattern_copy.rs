// Near miss: `&a` on a `&i32` copies the integer.
fn show(&a: &i32) -> i32 {
    a + 1
}

fn main() {
    let n = 4;
    println!("{} {}", show(&n), n);
}
