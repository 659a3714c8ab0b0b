// `impl From<&str> for Name`: `.into()` takes its target from a parameter's type and from the return type.
struct Name {
    first: String,
    len: usize,
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name { first: s.to_string(), len: s.len() }
    }
}

fn greet(name: Name) {
    println!("Hello, {} ({} letters)!", name.first, name.len);
}

fn make(s: &str) -> Name {
    s.into()
}

fn main() {
    greet("Ferris".into());
    greet(Name::from("Corro"));
    let n = make("Rustacean");
    println!("{} has {} letters", n.first, n.len);
    let owned = String::from("borrowed");
    let m: Name = owned.as_str().into();
    println!("{} {}", m.first, owned);
}
