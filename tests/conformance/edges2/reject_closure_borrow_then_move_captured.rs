// E0505: moving `name` while a closure that borrows it is still used.
fn main() {
    let name = String::from("ann");
    let greet = || println!("hi {}", name);
    let moved = name;
    greet();
    println!("{}", moved);
}
