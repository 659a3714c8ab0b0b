// E0382: `v.into_iter()` moved `v`; `v.len()` after it fails.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let it = v.into_iter();
    println!("{}", v.len());
    println!("{}", it.count());
}
