// E0382: `s + " world"` moves `s`; printing `s` afterwards fails.
fn main() {
    let s = String::from("hello");
    let t = s + " world";
    println!("{t} {s}");
}
