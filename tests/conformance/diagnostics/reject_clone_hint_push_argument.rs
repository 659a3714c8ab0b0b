// E0382: a String pushed into a Vec, then printed; the clone help goes inside `push(...)`.
fn main() {
    let mut names = Vec::new();
    let name = String::from("Ferris");
    names.push(name);
    println!("{} has {} names", name, names.len());
}
