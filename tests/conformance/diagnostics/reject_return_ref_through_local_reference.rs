// E0515: returning a reference held in a local; rustc labels the borrow "`x` is borrowed here".
fn pick() -> &'static i32 {
    let x = 5;
    let r = &x;
    r
}

fn main() {
    println!("{}", pick());
}
