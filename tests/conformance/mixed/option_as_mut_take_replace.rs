// Looks wrong but rustc accepts: mutating through Option::as_mut, moving out with take/replace and mem::swap instead of moving out of a &mut.
use std::mem;

#[derive(Debug)]
struct Slot {
    item: Option<String>,
    backup: String,
}

fn main() {
    let mut s = Slot { item: Some("apple".to_string()), backup: "pear".to_string() };
    if let Some(it) = s.item.as_mut() {
        it.push_str(" pie");
    }
    let old = s.item.take();
    println!("{:?} {:?}", old, s);
    let prev = s.item.replace("fig".to_string());
    println!("{:?}", prev);
    let backup = mem::replace(&mut s.backup, String::from("none"));
    println!("{} {:?}", backup, s);
    let mut a = vec![1, 2];
    let mut b = vec![3];
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
    let t = mem::take(&mut a);
    println!("{:?} {:?}", t, a);
    let r = &mut s;
    if let Some(x) = &mut r.item {
        x.insert(0, '*');
    }
    println!("{:?}", s.item);
}
