// E0382: an array of Strings is not Copy; `let b = a;` moves it.
fn main() {
    let a = [String::from("s")];
    let b = a;
    println!("{} {}", a.len(), b.len());
}
