// E0606: `char as f32` is invalid; rustc adds "help: cast through an integer first".
fn main() {
    let letter = 'a';
    let value = letter as f32;
    println!("{value}");
}
