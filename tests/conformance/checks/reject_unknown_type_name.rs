// An unknown type name: E0425 "cannot find type" in rustc 1.95 (E0412 before).
fn main() {
    let x: Foo = 1;
    println!("{x}");
}
