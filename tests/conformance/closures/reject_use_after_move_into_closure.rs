// A `move` closure that uses a String takes it: the String is gone from `s`.
fn main() {
    let s = String::from("hello");
    let len = move || s.len();
    println!("{}", len());
    println!("{}", s);
}
