// E0505: moving `s` into the Vec while a reference to it is still used.
fn main() {
    let s = String::from("a");
    let r = &s;
    let mut v = Vec::new();
    v.push(s);
    println!("{} {:?}", r, v);
}
