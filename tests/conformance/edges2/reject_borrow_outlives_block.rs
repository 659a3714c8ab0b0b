// E0597: `x` dies at the end of the inner block while `r` still refers to it.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("r: {}", r);
}
