// FnOnce closures called once (by `move` or by moving a capture out), and a `move`
// closure that only reads its capture, called twice; nothing is dropped twice.
fn main() {
    let s = String::from("x");
    let f = move || s;
    let a = f();
    println!("{}", a);
    let t = String::from("y");
    let g = move || t.len();
    println!("{} {}", g(), g());
    let u = String::from("z");
    let h = || u;
    println!("{}", h());
}
