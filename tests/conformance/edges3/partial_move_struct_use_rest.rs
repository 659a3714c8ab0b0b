// A partial move out of a struct: the other fields stay usable, the moved one does not.
struct Person {
    name: String,
    email: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Ann"), email: String::from("a@x"), age: 33 };
    let name = p.name;
    println!("{name} {} {}", p.email, p.age);
}
