// Near miss: a provided method that compares what required methods return (`self.rank() < other.rank()`) and takes `&self` needs no bound on `Self`.
trait Ranked {
    fn rank(&self) -> u32;
    fn before(&self, other: &Self) -> bool {
        self.rank() < other.rank()
    }
    fn doubled(&self) -> u32 {
        self.rank() * 2
    }
}

struct Card(u32);

impl Ranked for Card {
    fn rank(&self) -> u32 {
        self.0
    }
}

fn main() {
    println!("{} {}", Card(1).before(&Card(2)), Card(3).doubled());
}
