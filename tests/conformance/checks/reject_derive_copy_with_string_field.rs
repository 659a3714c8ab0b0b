// `#[derive(Clone, Copy)]` on a struct with a `String` field is E0204 (the trait `Copy` cannot be implemented)
#[derive(Clone, Copy)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("ann"), age: 3 };
    let q = p;
    println!("{} {}", q.name, p.age);
}
