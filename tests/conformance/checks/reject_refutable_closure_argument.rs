// a closure parameter `|Some(x): Option<i32>|` is E0005 "refutable pattern in closure argument"
fn main() {
    let c = |Some(x): Option<i32>| x + 1;
    println!("{}", c(Some(1)));
}
