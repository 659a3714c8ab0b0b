// The Book's returns_summarizable: a function returning impl Summary, whose caller calls the trait method on the opaque value (a Tweet underneath).
pub trait Summary {
    fn summarize(&self) -> String;
}
pub struct Tweet {
    pub username: String,
    pub content: String,
    pub reply: bool,
    pub retweet: bool,
}
impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("{}: {}", self.username, self.content)
    }
}
fn returns_summarizable() -> impl Summary {
    Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        reply: false,
        retweet: false,
    }
}
fn main() {
    let s = returns_summarizable();
    println!("1 new tweet: {}", s.summarize());
}
