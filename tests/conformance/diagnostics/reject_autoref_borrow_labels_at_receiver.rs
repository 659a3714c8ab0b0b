// A method's autoref borrows its receiver, and rustc labels that borrow at the receiver
// (`v.first()` under `v`); a two-phase `&mut self` call conflicting with a shared borrow
// is reported at the call itself (`v.clear()`); a use after move through a method at `s`.
fn main() {
    let mut v = vec![1, 2];
    let r = v.last_mut();
    let n = v.len();
    println!("{:?} {n}", r);
    let f = v.first();
    v.clear();
    println!("{:?}", f);
    let s = String::from("a");
    let t = s;
    let n2 = s.len();
    println!("{t}{n2}");
    let mut w = vec![1];
    let m = w.iter_mut();
    w.push(2);
    m.count();
}
