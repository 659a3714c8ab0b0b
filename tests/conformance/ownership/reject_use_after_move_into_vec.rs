// Checks that using a String after pushing it into a Vec is rejected with E0382.
fn main() {
    let mut names = Vec::new();
    let name = String::from("Ferris");
    names.push(name);
    println!("{} has {} names", name, names.len());
}
