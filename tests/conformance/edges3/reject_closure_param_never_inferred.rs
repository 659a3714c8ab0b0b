// E0284: a closure parameter used only by `+` and never called: its type is never known.
fn main() {
    let offset = 5;
    let add = |x| x + offset;
    let _ = &add;
}
