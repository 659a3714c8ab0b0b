// E0596: calling a `&mut self` trait method needs a mutable binding.
trait Reset {
    fn reset(&mut self);
}

struct Score {
    points: i32,
}

impl Reset for Score {
    fn reset(&mut self) {
        self.points = 0;
    }
}

fn main() {
    let s = Score { points: 7 };
    s.reset();
    println!("{}", s.points);
}
