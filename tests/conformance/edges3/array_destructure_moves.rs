// Destructuring an array of Strings by pattern moves each element out.
fn main() {
    let arr = [String::from("x"), String::from("y"), String::from("z")];
    let [a, b, c] = arr;
    println!("{c}{b}{a}");
}
