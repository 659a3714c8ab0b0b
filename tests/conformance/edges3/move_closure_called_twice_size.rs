// A `move` closure that only reads its String is `Fn`: called twice; its size is the String's 24 bytes.
fn main() {
    let s = String::from("x");
    let c = move || s.len();
    println!("{}", c());
    println!("{}", c());
    println!("{}", std::mem::size_of_val(&c));
}
