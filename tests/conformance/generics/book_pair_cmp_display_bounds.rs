// The Book's Listing 10-15: `impl<T> Pair<T>` for every T, and `cmp_display` only where T: Display + PartialOrd.
use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let pair = Pair::new(3, 7);
    pair.cmp_display();
    let letters = Pair::new('z', 'a');
    letters.cmp_display();
    let names = Pair::new(String::from("Ann"), String::from("Bob"));
    names.cmp_display();
}
