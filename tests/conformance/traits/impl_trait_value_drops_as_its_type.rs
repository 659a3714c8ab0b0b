// The value behind impl Summary is dropped as its concrete type (its Drop runs at the caller's scope end) and a generic function gets a copy for it.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Drop for Tweet {
    fn drop(&mut self) {
        println!("drop tweet by {}", self.username);
    }
}

fn make(name: &str) -> impl Summary {
    Tweet { username: name.to_string() }
}

fn shout<T: Summary>(item: &T) -> String {
    item.summarize().to_uppercase()
}

fn main() {
    let first = make("ann");
    {
        let second = make("bob");
        println!("{}", shout(&second));
    }
    println!("{}", first.summarize());
}
