// E0382: a String given to `takes` twice; the second time `t` is printed afterwards.
fn takes(s: String) -> String { s }
fn main() {
    let s = String::from("x");
    let t = takes(s);
    let u = takes(t.clone());
    println!("{t} {u}");
    let v = takes(t);
    println!("{v} {t}");
}
