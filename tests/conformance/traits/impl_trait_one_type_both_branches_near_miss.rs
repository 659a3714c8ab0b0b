// Near miss: both branches return a Tweet, so impl Summary names one type; a Box<dyn Summary> would allow two.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
}

struct Post {
    id: u32,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        self.username.clone()
    }
}

impl Summary for Post {
    fn summarize(&self) -> String {
        self.id.to_string()
    }
}

fn pick(switch: bool) -> impl Summary {
    if switch {
        Tweet { username: String::from("a") }
    } else {
        Tweet { username: String::from("b") }
    }
}

fn pick_boxed(switch: bool) -> Box<dyn Summary> {
    if switch {
        Box::new(Tweet { username: String::from("c") })
    } else {
        Box::new(Post { id: 1 })
    }
}

fn main() {
    println!("{} {}", pick(true).summarize(), pick(false).summarize());
    println!("{} {}", pick_boxed(true).summarize(), pick_boxed(false).summarize());
}
