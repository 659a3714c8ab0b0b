// E0507: `*r` cannot move the String out from behind a shared reference.
fn main() {
    let s = String::from("a");
    let r = &s;
    let t = *r;
    println!("{}", t);
}
