// E0507: `let (first, last) = self.names;` in a `&self` method moves two Strings out of a field; one error with "data moved here" and "...and here", and "consider borrowing here".
struct Person {
    names: (String, String),
}

impl Person {
    fn full(&self) -> String {
        let (first, last) = self.names;
        format!("{} {}", first, last)
    }
}

fn main() {
    let p = Person { names: (String::from("Grace"), String::from("Hopper")) };
    println!("{}", p.full());
}
