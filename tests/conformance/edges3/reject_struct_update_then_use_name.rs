// E0382: after `..u1` moved `name`, `u1.name` is gone.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u1 = User { name: String::from("ann"), age: 30 };
    let u2 = User { age: 31, ..u1 };
    println!("{} {:?}", u1.name, u2);
}
