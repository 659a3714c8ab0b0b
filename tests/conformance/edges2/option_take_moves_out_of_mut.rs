// `take()` and `mem::replace` move a value out from behind `&mut`.
use std::mem;

struct Slot {
    item: Option<String>,
    name: String,
}

fn main() {
    let mut s = Slot { item: Some(String::from("gem")), name: String::from("a") };
    let r = &mut s;
    let got = r.item.take();
    let old = mem::replace(&mut r.name, String::from("b"));
    println!("{:?} {} {:?} {}", got, old, s.item, s.name);
}
