// The Book's ch. 10.2 `notify`: `&impl Summary`, `<T: Summary>` and a `where` clause, each monomorphised.
use std::fmt::Display;

pub trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

pub struct Tweet {
    pub username: String,
    pub content: String,
}

pub struct NewsArticle {
    pub headline: String,
    pub author: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {}", self.headline, self.author)
    }
}

pub fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

pub fn notify_both<T: Summary>(item1: &T, item2: &T) -> usize {
    println!("{} | {}", item1.summarize(), item2.summarize_author());
    item1.summarize().len() + item2.summarize().len()
}

fn headline<T, U>(t: &T, u: &U) -> String
where
    T: Summary + Display,
    U: Summary,
{
    format!("{} -- {}", t, u.summarize_author())
}

impl Display for Tweet {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: {}", self.username, self.content)
    }
}

fn main() {
    let tweet = Tweet { username: String::from("horse_ebooks"), content: String::from("of course") };
    let article = NewsArticle { headline: String::from("Penguins win"), author: String::from("Iceburgh") };
    notify(&tweet);
    notify(&article);
    let n = notify_both(&tweet, &tweet);
    println!("{}", n);
    println!("{}", headline(&tweet, &article));
}
