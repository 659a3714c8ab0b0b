// E0384: an immutable `let x;` assigned in a `for` body is assigned twice across iterations.
fn main() {
    let x: i32;
    for i in 0..3 {
        x = i;
    }
}
