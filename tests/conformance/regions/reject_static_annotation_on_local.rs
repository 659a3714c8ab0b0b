// E0597: `let r: &'static i32 = &x;` needs `x` to live forever.
fn main() {
    let x = 5;
    let r: &'static i32 = &x;
    println!("{}", r);
}
