// E0597: `*slot = Some(&s)` keeps a borrow of a local in the caller's `Option`.
fn set(slot: &mut Option<&str>) {
    let s = String::from("x");
    *slot = Some(&s);
}

fn main() {
    let mut o = None;
    set(&mut o);
    println!("{:?}", o);
}
