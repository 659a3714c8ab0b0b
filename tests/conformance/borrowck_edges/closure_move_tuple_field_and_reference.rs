// rustc accepts: a `move` closure takes one tuple field, another moves only a reference (`r`), not what it points to.
fn main() {
    let t = (String::from("x"), String::from("y"));
    let c = move || t.0.len();
    println!("{} {}", c(), t.1);
    let v = vec![String::from("p")];
    let r = &v;
    let d = move || r.len();
    println!("{} {}", d(), v.len());
}
