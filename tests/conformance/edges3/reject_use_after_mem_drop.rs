// E0382: `drop(s)` moved `s`; it cannot be printed afterwards.
fn main() {
    let s = String::from("gone");
    drop(s);
    println!("{s}");
}
