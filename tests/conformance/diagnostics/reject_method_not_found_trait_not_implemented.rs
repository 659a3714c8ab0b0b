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

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    let r = Rock::Big;
    println!("{}", r.speak());
    println!("{}", Dog.walk());
    println!("{}", Dog.speak());
}
