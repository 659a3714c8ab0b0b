// E0508: moving out of an array of Strings by a runtime index.
fn main() {
    let arr = [String::from("x"), String::from("y")];
    let i = 1;
    let s = arr[i];
    println!("{s}");
}
