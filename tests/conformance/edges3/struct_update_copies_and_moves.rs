// Struct update syntax: Copy fields are copied, the String field is moved; the rest stays usable.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
    active: bool,
}

fn main() {
    let u1 = User { name: String::from("ann"), age: 30, active: true };
    let u2 = User { age: 31, ..u1 };
    println!("{} {}", u1.age, u1.active);
    println!("{:?}", u2);
}
