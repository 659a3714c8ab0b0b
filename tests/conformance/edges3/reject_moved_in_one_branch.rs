// E0382: moved in one `if` branch, then used after the `if`.
fn main() {
    let s = String::from("x");
    let flag = "abc".len() > 5;
    if flag {
        drop(s);
    }
    println!("{s}");
}
