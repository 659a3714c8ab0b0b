// Near misses: the same patterns with `&`, `ref`, match ergonomics and Copy bindings compile.
struct Person {
    names: (String, String),
    token: Option<String>,
}

impl Person {
    fn full(&self) -> String {
        let (first, last) = &self.names;
        format!("{} {}", first, last)
    }

    fn token_len(&self) -> usize {
        let Some(ref token) = self.token else {
            return 0;
        };
        token.len()
    }
}

fn age(person: &(String, u32)) -> u32 {
    let (_, age) = *person;
    age
}

fn main() {
    let p = Person { names: (String::from("Grace"), String::from("Hopper")), token: None };
    println!("{} {}", p.full(), p.token_len());
    let t = (String::from("Ada"), 36);
    println!("{}", age(&t));
    match &p.token {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
}
