// A `println!` inside `fmt` runs while the outer line is half written: rustc's output order.
use std::fmt;

struct Loud(u8);

impl fmt::Display for Loud {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("(formatting {})", self.0);
        write!(f, "Loud#{}", self.0)
    }
}

fn main() {
    let a = Loud(1);
    println!("before {} after", a);
    let s = format!("[{}]", Loud(2));
    println!("{}", s);
}
