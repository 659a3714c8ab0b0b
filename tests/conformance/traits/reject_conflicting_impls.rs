// E0119: the same trait implemented twice for one type.
trait Greet {
    fn hi(&self) -> String;
}

struct Bot;

impl Greet for Bot {
    fn hi(&self) -> String {
        String::from("hi")
    }
}

impl Greet for Bot {
    fn hi(&self) -> String {
        String::from("hello")
    }
}

fn main() {
    println!("{}", Bot.hi());
}
