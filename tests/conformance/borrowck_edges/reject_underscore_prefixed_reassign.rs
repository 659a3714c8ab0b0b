// E0384: assigning twice to an immutable `_`-prefixed binding.
fn main() {
    let _unused = String::from("a");
    _unused = String::from("b");
    println!("done");
}
