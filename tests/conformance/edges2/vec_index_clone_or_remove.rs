// Near misses: clone it, borrow it, or `remove`/`swap_remove` it out of the Vec.
fn main() {
    let mut v = vec![String::from("a"), String::from("b"), String::from("c")];
    let first = v[0].clone();
    let second = &v[1];
    println!("{} {}", first, second);
    let taken = v.remove(0);
    let last = v.swap_remove(0);
    println!("{} {} {:?}", taken, last, v);
}
