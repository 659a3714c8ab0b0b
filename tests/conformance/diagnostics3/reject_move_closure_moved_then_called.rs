// E0382: a `move` closure owning a String is not Copy; moving it with `let g = greet;` and calling `greet()` again is E0382, rustc names its type and suggests `.clone()`.
fn main() {
    let name = String::from("Ferris");
    let greet = move || println!("hello {}", name);
    let g = greet;
    g();
    greet();
}
