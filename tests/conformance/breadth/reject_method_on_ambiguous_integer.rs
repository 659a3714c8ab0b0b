// An inherent method on an unsuffixed literal: rustc cannot pick the type (E0689).
fn main() {
    let x = -5;
    println!("{}", x.abs());
}
