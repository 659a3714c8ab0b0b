// E0381: a `while` body may not run, so `x` is possibly-uninitialized after it.
fn main() {
    let x: i32;
    let mut i = 0;
    while i < 1 {
        x = 1;
        i += 1;
    }
    println!("{x}");
}
