// E0599: rustc names the kind of the receiver's type (reference) in "no method named ... found for"
fn main() {
    let s = "abc";
    s.shout();
}
