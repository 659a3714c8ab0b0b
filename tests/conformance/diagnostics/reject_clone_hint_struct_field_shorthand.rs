// E0382: a String moved into a struct by field shorthand `User { name }`; rustc suggests `name: name.clone()`.
struct User {
    name: String,
}

fn main() {
    let name = String::from("ann");
    let user = User { name };
    println!("{} {}", user.name, name);
}
