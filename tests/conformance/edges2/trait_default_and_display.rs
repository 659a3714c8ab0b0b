// A trait with a default method, `impl Display`, and `to_string` through it.
use std::fmt;

trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("<{}>", self.name())
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl Describe for Point {
    fn name(&self) -> String {
        self.to_string()
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{} {} {:>10}|", p, p.describe(), p.to_string());
}
