// Checks that a &self method returning a String field by value is rejected with E0507.
struct Doc {
    title: String,
}

impl Doc {
    fn title(&self) -> String {
        self.title
    }
}

fn main() {
    let d = Doc { title: String::from("notes") };
    println!("{}", d.title());
}
