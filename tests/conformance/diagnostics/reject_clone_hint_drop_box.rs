// E0382: a Box dropped with `drop(b)` and then read; rustc suggests `drop(b.clone())`.
fn main() {
    let b = Box::new(41);
    drop(b);
    println!("{}", *b + 1);
}
