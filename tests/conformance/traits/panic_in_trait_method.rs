// A panic inside a trait method (index out of bounds) reports the location in the impl's body.
trait Pick {
    fn pick(&self, i: usize) -> i32;
    fn first_and(&self, i: usize) -> i32 {
        self.pick(0) + self.pick(i)
    }
}

struct Bag {
    items: Vec<i32>,
}

impl Pick for Bag {
    fn pick(&self, i: usize) -> i32 {
        self.items[i]
    }
}

fn main() {
    let b = Bag { items: vec![10, 20, 30] };
    println!("{}", b.first_and(2));
    println!("{}", b.first_and(3));
}
