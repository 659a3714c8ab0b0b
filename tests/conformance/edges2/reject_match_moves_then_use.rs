// E0382: matching `opt` by value moves the String out of it.
fn main() {
    let opt = Some(String::from("x"));
    match opt {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    println!("{:?}", opt);
}
