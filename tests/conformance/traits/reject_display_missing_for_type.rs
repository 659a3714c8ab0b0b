// E0277: `{}` of a struct with no Display impl (only Debug is implemented by hand).
use std::fmt;

struct Meters(f64);

impl fmt::Debug for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

fn main() {
    let m = Meters(2.5);
    println!("{:?}", m);
    println!("{}", m);
}
