// Lifetime error: with `&self`, an elided output lifetime is `self`'s, not `other`'s.
struct Doc {
    title: String,
}

impl Doc {
    fn pick(&self, other: &str) -> &str {
        if self.title.is_empty() { other } else { &self.title }
    }
}

fn main() {
    let d = Doc { title: String::new() };
    println!("{}", d.pick("fallback"));
}
