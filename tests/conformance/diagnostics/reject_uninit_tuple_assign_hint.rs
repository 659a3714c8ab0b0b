// E0381: a declared tuple read before assignment; the suggested value is `(42, false)`.
fn main() {
    let pair: (u8, bool);
    let first = pair.0;
    println!("{first}");
}
