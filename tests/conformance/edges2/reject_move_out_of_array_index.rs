// E0508: moving a String out of an array by index.
fn main() {
    let a = [String::from("x"), String::from("y")];
    let s = a[0];
    println!("{}", s);
}
