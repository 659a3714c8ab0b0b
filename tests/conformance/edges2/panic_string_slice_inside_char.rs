// Slicing in the middle of a multi-byte char panics (Book ch. 8.2).
fn main() {
    let hello = String::from("Здравствуйте");
    let s = &hello[0..4];
    println!("{}", s);
    let t = &hello[0..1];
    println!("{}", t);
}
