// Functions returning impl Summary (two concrete types) and impl Display (an i32 and a String): trait methods, provided methods, passing to &impl Summary, printing, and the concrete size.
use std::fmt::Display;
trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String { format!("(Read more from {}...)", self.author()) }
}
struct Tweet { username: String, content: String }
struct Article { title: String }
impl Summary for Tweet { fn author(&self) -> String { format!("@{}", self.username) } }
impl Summary for Article {
    fn author(&self) -> String { String::from("staff") }
    fn summarize(&self) -> String { self.title.clone() }
}
fn tweet() -> impl Summary { Tweet { username: String::from("rust"), content: String::from("1.95") } }
fn article() -> impl Summary { Article { title: String::from("Traits") } }
fn notify(item: &impl Summary) { println!("Breaking news! {}", item.summarize()); }
fn answer() -> impl Display { 42 }
fn label(n: i32) -> impl Display { format!("#{}", n) }
fn main() {
    let t = tweet();
    let a = article();
    println!("{}", t.summarize());
    println!("{}", a.summarize());
    notify(&t);
    notify(&a);
    println!("{} {}", answer(), label(7));
    let x = answer();
    println!("{x}");
    println!("{}", std::mem::size_of_val(&t));
}
