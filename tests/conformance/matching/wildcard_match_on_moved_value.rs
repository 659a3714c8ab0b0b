// `match s { _ => … }` reads nothing of `s`: matching a moved value against `_` is fine.
fn main() {
    let s = String::from("gone");
    let t = s;
    match s {
        _ => println!("nothing read"),
    }
    println!("{t}");
}
