// `impl fmt::Display` by hand with `write!`: `{}` in println!, format! and `to_string()` run it; width is ignored.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    println!("p = {}", p);
    println!("[{:>12}] [{:<3}]", p, p);
    let s = p.to_string();
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    let t = format!("<{}> and <{}>", p, Point { x: 0, y: 0 });
    println!("{} cap {}", t, t.capacity());
    let r = &p;
    println!("{r} {}", &&p);
}
