// E0599: rustc names the kind of the receiver's type (unit) in "no method named ... found for"
fn main() {
    let u = ();
    u.shout();
}
