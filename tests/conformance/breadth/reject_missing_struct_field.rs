// Checks that a struct literal missing a field is rejected with E0063.
struct User {
    name: String,
    age: u32,
    active: bool,
}

fn main() {
    let u = User { name: String::from("ann"), age: 3 };
    println!("{} {} {}", u.name, u.age, u.active);
}
