// E0384: `_x` is a real binding, so `_x += 1` on an immutable one is rejected.
fn main() {
    let _x = 5;
    _x += 1;
    println!("done");
}
