// E0369: a provided method compares `self < other` with `&Self` operands; the trait does not require PartialOrd, so rustc suggests `where Self: PartialOrd`.
trait Ranked {
    fn rank(&self) -> u32;
    fn before(&self, other: &Self) -> bool {
        self < other
    }
}

struct Card(u32);

impl Ranked for Card {
    fn rank(&self) -> u32 {
        self.0
    }
}

fn main() {
    println!("{}", Card(1).rank());
}
