// E0599: rustc names the kind of the receiver's type (array) in "no method named ... found for"
fn main() {
    let a = [1u8, 2];
    a.shout();
}
