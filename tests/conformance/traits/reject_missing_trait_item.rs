// E0046: an impl that leaves out a required method of its trait.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("tweet by {}", self.username)
    }
}

fn main() {
    let t = Tweet { username: String::from("rust") };
    println!("{}", t.summarize());
}
