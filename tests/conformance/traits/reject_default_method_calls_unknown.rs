// E0599: a provided method may only call the trait's own methods on `self` (`&Self` knows no others).
trait Report {
    fn title(&self) -> String;
    fn render(&self) -> String {
        format!("== {} ({}) ==", self.title(), self.author())
    }
}

struct Doc {
    title: String,
}

impl Doc {
    fn author(&self) -> String {
        String::from("me")
    }
}

impl Report for Doc {
    fn title(&self) -> String {
        self.title.clone()
    }
}

fn main() {
    let d = Doc { title: String::from("x") };
    println!("{}", d.render());
}
