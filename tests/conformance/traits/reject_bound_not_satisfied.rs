// E0277: calling a generic function with a type that does not implement the bound's trait.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet;
struct Rock;

impl Summary for Tweet {
    fn summarize(&self) -> String {
        String::from("tweet")
    }
}

fn notify(item: &impl Summary) {
    println!("{}", item.summarize());
}

fn main() {
    notify(&Tweet);
    notify(&Rock);
}
