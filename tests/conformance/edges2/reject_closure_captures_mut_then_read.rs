// E0502: a closure that mutates `count` holds a unique borrow until its last call.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{}", count);
    inc();
}
