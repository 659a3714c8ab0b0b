// Checks that after moving one field out of a struct the other fields can still be used and moved.
#[derive(Debug)]
struct Person {
    name: String,
    email: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), email: String::from("ann@x"), age: 31 };
    let name = p.name;
    println!("{name} is {} with {}", p.age, p.email);
    let email = p.email;
    println!("{email} {}", p.age);
    let tuple = (String::from("a"), String::from("b"), 3);
    let (first, _, n) = (tuple.0, 0, tuple.2);
    println!("{first} {} {n}", tuple.1);
}
