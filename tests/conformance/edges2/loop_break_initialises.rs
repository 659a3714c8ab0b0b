// Near miss: a `loop` runs at least once, so the assignment before `break` initialises.
fn main() {
    let v: i32;
    let mut n = 0;
    loop {
        n += 1;
        if n > 2 {
            v = n * 10;
            break;
        }
    }
    println!("{}", v);
}
