// E0506: `x` is assigned while a reference to it is still used.
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6;
    println!("{r} {x}");
}
