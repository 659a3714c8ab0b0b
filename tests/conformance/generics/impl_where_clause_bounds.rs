// An impl block's bounds written in a where clause (impl<T> Pair<T> where T: Display + PartialOrd) act as bounds on T, like the Book's Listing 10-15.
use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T>
where
    T: Display + PartialOrd,
{
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    Pair { x: 3, y: 9 }.cmp_display();
    Pair { x: "pear", y: "apple" }.cmp_display();
}
