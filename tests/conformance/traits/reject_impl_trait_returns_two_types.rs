// E0308: a function returning impl Summary must return one concrete type, not a Tweet in one branch and a Post in the other.
trait Summary { fn summarize(&self) -> String; }
struct Tweet { username: String }
struct Post { id: u32 }
impl Summary for Tweet { fn summarize(&self) -> String { self.username.clone() } }
impl Summary for Post { fn summarize(&self) -> String { self.id.to_string() } }
fn pick(switch: bool) -> impl Summary {
    if switch { Tweet { username: String::from("a") } } else { Post { id: 1 } }
}
fn main() { println!("{}", pick(true).summarize()); }
