// E0382: a moved String printed twice; rustc reports the first use only.
fn main() {
    let a = String::from("a");
    let b = a;
    println!("{a}");
    println!("{a} {b}");
}
