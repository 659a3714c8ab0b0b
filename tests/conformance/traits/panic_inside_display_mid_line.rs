// A panic inside `fmt` while println! is writing: the text written before it still reaches stdout.
use std::fmt;

struct Ratio {
    num: i32,
    den: i32,
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)?;
        write!(f, " = {}", self.num / self.den)
    }
}

fn main() {
    let good = Ratio { num: 6, den: 3 };
    println!("good: {}", good);
    let bad = Ratio { num: 1, den: 0 };
    println!("bad: {} never", bad);
}
