// E0382: `vec![s]` moves `s`.
fn main() {
    let s = String::from("a");
    let v = vec![s];
    println!("{} {:?}", s, v);
}
