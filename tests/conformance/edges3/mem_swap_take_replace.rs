// `mem::swap`, `mem::take` and `mem::replace` on Strings and Vecs.
use std::mem;

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    let mut v = vec![1, 2, 3];
    let old = mem::take(&mut v);
    let prev = mem::replace(&mut a, String::from("new"));
    println!("{a} {b} {prev} {:?} {:?}", old, v);
}
