// Option<&mut T> with `as_mut`, `take` and `replace`.
fn main() {
    let mut slot: Option<String> = Some(String::from("a"));
    if let Some(s) = slot.as_mut() {
        s.push('b');
    }
    let old = slot.replace(String::from("z"));
    let taken = slot.take();
    println!("{:?} {:?} {:?}", old, taken, slot);
}
