// E0599: rustc names the kind of the receiver's type (tuple) in "no method named ... found for"
fn main() {
    let t = (1u8, 2u8);
    t.shout();
}
