// E0599: rustc names the kind of the receiver's type (box) in "no method named ... found for"
fn main() {
    let b = Box::new(1u8);
    b.shout();
}
