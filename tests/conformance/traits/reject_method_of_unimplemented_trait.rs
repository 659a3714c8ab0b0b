// E0599: the trait declares the method but this type has no impl of it.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}

fn main() {
    println!("{}", Dog.speak());
    println!("{}", Rock.speak());
}
