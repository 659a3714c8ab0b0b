// Near miss: a `move` closure copies `i32`s; the originals stay usable.
fn main() {
    let a = 3;
    let b = 4;
    let add = move || a + b;
    println!("{} {} {}", add(), a, b);
}
