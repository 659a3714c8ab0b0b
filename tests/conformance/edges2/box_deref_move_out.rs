// Near miss: moving out of a Box with `*b` is allowed when `b` is not used again.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    let n = Box::new(5);
    let m = *n + 1;
    println!("{} {} {}", s, m, n);
}
