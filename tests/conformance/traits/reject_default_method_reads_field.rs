// E0609: a provided method cannot read a field of `self`, even if every implementing type has it.
trait Named {
    fn greet(&self) -> String {
        format!("hello {}", self.name)
    }
}

struct Person {
    name: String,
}

impl Named for Person {}

fn main() {
    let p = Person { name: String::from("Ann") };
    println!("{}", p.greet());
}
