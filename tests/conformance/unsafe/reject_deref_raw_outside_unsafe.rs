// E0133: dereferencing a raw pointer outside an `unsafe` block (making the pointer is safe)
fn main() {
    let x = 5;
    let p = &raw const x;
    let y = *p;
    println!("{y}");
}
