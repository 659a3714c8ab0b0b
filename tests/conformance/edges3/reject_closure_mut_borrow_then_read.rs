// E0502: a closure that mutates `count` holds a `&mut` borrow while `count` is printed.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{count}");
    inc();
}
