// Near miss: destructuring the whole array moves each element out.
fn main() {
    let a = [String::from("x"), String::from("y")];
    let [s, t] = a;
    println!("{} {}", s, t);
}
