// Near miss of E0505: each borrow ends before the move (or borrows a clone), so rustc accepts it.
fn main() {
    let s = String::from("hello");
    let n = s.as_str().len();
    let t = s;
    let v = vec![String::from("a")];
    let first = v[0].clone();
    let w = v;
    let b = Box::new(String::from("b"));
    let rb = &b.clone();
    drop(b);
    println!("{n} {t} {first} {:?} {rb}", w);
}
