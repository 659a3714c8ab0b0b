// A closure that moves a captured String out is FnOnce: its first call consumes it.
fn main() {
    let s = String::from("x");
    let f = move || s;
    let a = f();
    let b = f();
    println!("{} {}", a, b);
}
