// E0599: rustc names the kind of the receiver's type (mutable_reference) in "no method named ... found for"
fn main() {
    let m = &mut vec![1u8];
    m.shout();
}
