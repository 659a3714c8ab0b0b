// E0369: in impl<T> Pair<T> nothing says T can be compared, so `>` on two T values is rejected.
struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn larger(&self) -> &T {
        if self.x > self.y { &self.x } else { &self.y }
    }
}

fn main() {
    let p = Pair { x: 1, y: 2 };
    println!("{}", p.larger());
}
