// A trait of the program may name its methods like std's (`len`, `push`) on its own types.
trait Stack {
    fn push(&mut self, x: i32);
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

struct Pile {
    items: Vec<i32>,
}

impl Stack for Pile {
    fn push(&mut self, x: i32) {
        self.items.push(x * 10);
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut p = Pile { items: vec![] };
    println!("{}", p.is_empty());
    p.push(1);
    p.push(2);
    println!("{} {:?} {}", p.len(), p.items, p.is_empty());
}
