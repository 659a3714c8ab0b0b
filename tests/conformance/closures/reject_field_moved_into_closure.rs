// Only `p.name` moved into the closure, and that is the field used afterwards.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 31 };
    let shout = move || p.name.to_uppercase();
    println!("{} {}", shout(), p.age);
    println!("{}", p.name);
}
