// `drop(s)` in a `loop`: moved in the previous iteration of the loop.
fn main() {
    let s = String::from("a");
    loop {
        drop(s);
    }
}
