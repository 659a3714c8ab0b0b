// E0716: a reference to a temporary String that is dropped at the end of the statement.
fn main() {
    let r: &String = &String::from("temp");
    let s: &str = String::from("gone").as_str();
    println!("{r} {s}");
}
