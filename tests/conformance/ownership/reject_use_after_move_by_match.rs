// Checks that a match binding that moves the payload out of an Option<String> makes later use of the Option an E0382 error.
fn main() {
    let maybe: Option<String> = Some(String::from("value"));
    match maybe {
        Some(s) => println!("got {s}"),
        None => println!("none"),
    }
    println!("{:?}", maybe);
}
