// E0609: the caller of a function returning impl Summary sees only the trait, not the Tweet's fields.
trait Summary { fn summarize(&self) -> String; }
struct Tweet { username: String }
impl Summary for Tweet { fn summarize(&self) -> String { self.username.clone() } }
fn tweet() -> impl Summary { Tweet { username: String::from("rust") } }
fn main() {
    let t = tweet();
    println!("{}", t.username);
}
