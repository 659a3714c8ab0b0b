// Checks that using a String after moving it into a struct field is rejected with E0382.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let name = String::from("ann");
    let user = User { name, age: 30 };
    println!("{} is {}", name, user.age);
}
