// Near miss of reject_method_not_found_*: each type implements the trait whose method
// it calls (a provided method needs only the empty impl), or has the inherent method.
trait Speak {
    fn speak(&self) -> String;
}

trait Walk {
    fn walk(&self) -> u32 {
        1
    }
}

struct Dog;

enum Rock {
    Big,
}

impl Speak for Rock {
    fn speak(&self) -> String {
        String::from("...")
    }
}

impl Walk for Dog {}

impl Rock {
    fn weight(&self) -> u32 {
        match self {
            Rock::Big => 100,
        }
    }
}

fn main() {
    let r = Rock::Big;
    println!("{} {}", r.speak(), r.weight());
    println!("{}", Dog.walk());
}
