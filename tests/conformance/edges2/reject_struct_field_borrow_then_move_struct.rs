// E0505: moving the struct while a field is borrowed.
struct Person {
    name: String,
    age: u32,
}

fn consume(p: Person) -> u32 {
    p.age
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 30 };
    let n = &p.name;
    let age = consume(p);
    println!("{} {}", n, age);
}
