// Checks that slicing a String in the middle of a multi-byte char panics with the char-boundary message.
fn main() {
    let s = String::from("café au lait");
    println!("{}", &s[0..3]);
    println!("{}", &s[0..5]);
    let cut = s.len() - 9;
    println!("{}", &s[..cut]);
}
