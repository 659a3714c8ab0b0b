// rustc rejects: an elided `&str` result borrows from `&self`, but the method returns its other argument.
struct Doc {
    title: String,
}

impl Doc {
    fn pick(&self, other: &str) -> &str {
        if other.is_empty() { &self.title } else { other }
    }
}

fn main() {
    let d = Doc { title: String::from("t") };
    println!("{}", d.pick("x"));
}
