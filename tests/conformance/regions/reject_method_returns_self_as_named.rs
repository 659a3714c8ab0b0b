// rustc rejects: the result is promised for `'a`, the argument's lifetime, but may borrow `&self`.
struct Doc {
    title: String,
}

impl Doc {
    fn pick<'a>(&self, other: &'a str) -> &'a str {
        if other.is_empty() { self.title.as_str() } else { other }
    }
}

fn main() {
    let d = Doc { title: String::from("t") };
    println!("{}", d.pick("x"));
}
