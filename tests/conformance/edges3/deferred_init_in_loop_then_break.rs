// An immutable `let x;` assigned once in a `loop` that breaks right after: definitely initialised.
fn main() {
    let x: i32;
    loop {
        x = 1;
        break;
    }
    println!("{x}");
}
