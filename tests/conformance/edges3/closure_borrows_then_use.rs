// Near miss: a non-`move` closure only borrows `name`, which stays usable after it.
fn main() {
    let name = String::from("ferris");
    let greet = || println!("hi {name}");
    greet();
    greet();
    println!("{name} {}", name.len());
}
