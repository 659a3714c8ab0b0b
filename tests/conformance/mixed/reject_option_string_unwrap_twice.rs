// E0382: Option<String> is moved by the first unwrap() and unwrapped again.
fn main() {
    let name: Option<String> = Some(String::from("Ann"));
    let a = name.unwrap();
    let b = name.unwrap();
    println!("{} {}", a, b);
}
