// Checks that dereferencing a Box after it was moved into another binding is rejected with E0382.
fn main() {
    let b = Box::new(String::from("boxed"));
    let c = b;
    println!("{}", c);
    println!("{}", *b);
}
