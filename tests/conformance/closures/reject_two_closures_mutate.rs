// Each closure that changes `count` holds a `&mut` to it while it may still be called.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let mut dec = || count -= 1;
    inc();
    dec();
    println!("{}", count);
}
