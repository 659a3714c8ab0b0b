// Near miss: with T: PartialOrd on the impl the comparison compiles, and larger returns a reference into the Pair.
struct Pair<T> {
    x: T,
    y: T,
}

impl<T: PartialOrd> Pair<T> {
    fn larger(&self) -> &T {
        if self.x > self.y { &self.x } else { &self.y }
    }
}

fn main() {
    let p = Pair { x: 1, y: 2 };
    println!("{}", p.larger());
    let q = Pair { x: String::from("pear"), y: String::from("apple") };
    println!("{}", q.larger());
}
