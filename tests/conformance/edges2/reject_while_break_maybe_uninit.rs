// E0381: a `while` loop may run zero times, so `v` may be unassigned after it.
fn main() {
    let v: i32;
    let mut n = 0;
    while n < 3 {
        v = n;
        n += 1;
        break;
    }
    println!("{}", v);
}
