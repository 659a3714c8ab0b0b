// Near miss of reject_closure_clone_before_move: each closure takes a clone (rustc's
// suggestion) or only borrows, so the originals are still there afterwards.
fn main() {
    let s = String::from("hello");
    let value = s.clone();
    let n = move || value.len() + value.capacity();
    println!("{} {}", n(), s);
    let v = vec![1, 2, 3];
    let total = || {
        let t: i32 = v.iter().sum();
        t
    };
    println!("{} {:?}", total(), v);
    let w = String::from("w");
    let eat = || drop(w.clone());
    eat();
    println!("{w}");
}
