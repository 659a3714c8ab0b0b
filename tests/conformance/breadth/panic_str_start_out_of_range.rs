// Slicing a &str from past its end: "start byte index", before "begin > end".
fn position(x: usize) -> usize {
    x
}

fn main() {
    let s = String::from("hello");
    let from = position(9);
    println!("{}", &s[..=1]);
    println!("{}", &s[from..2]);
}
