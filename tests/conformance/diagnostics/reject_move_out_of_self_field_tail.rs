// E0507: a `&self` method returning `self.name`; as the function's value rustc only suggests `.clone()`.
struct Person {
    name: String,
}

impl Person {
    fn name(&self) -> String {
        self.name
    }
}

fn main() {
    let p = Person { name: String::from("Kim") };
    println!("{}", p.name());
}
