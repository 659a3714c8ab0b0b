// E0507: `match *r` with `Some(s)` moves the String out of the reference.
fn main() {
    let o = Some(String::from("x"));
    let r = &o;
    match *r {
        Some(s) => println!("{}", s),
        None => {}
    }
}
