// A panic inside a monomorphised generic function points at the generic body's line.
trait Scored {
    fn score(&self) -> u8;
}

struct Team {
    points: u8,
}

impl Scored for Team {
    fn score(&self) -> u8 {
        self.points
    }
}

fn doubled<T: Scored>(x: &T) -> u8 {
    x.score() * 2
}

fn main() {
    println!("{}", doubled(&Team { points: 100 }));
    println!("{}", doubled(&Team { points: 200 }));
}
