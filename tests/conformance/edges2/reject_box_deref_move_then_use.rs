// E0382: `*b` moves the String out of the Box; the Box cannot be used after.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{} {}", s, b);
}
