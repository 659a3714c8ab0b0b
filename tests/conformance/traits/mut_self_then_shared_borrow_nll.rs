// A `&mut self` trait call ends its borrow at once, so a shared borrow taken before is usable after (NLL).
trait Grow {
    fn grow(&mut self) -> usize;
    fn size(&self) -> usize;
}

struct Garden {
    plants: Vec<String>,
}

impl Grow for Garden {
    fn grow(&mut self) -> usize {
        self.plants.push(format!("plant{}", self.plants.len()));
        self.plants.len()
    }
    fn size(&self) -> usize {
        self.plants.len()
    }
}

fn main() {
    let mut g = Garden { plants: Vec::new() };
    let n = g.grow();
    let m = g.grow();
    let s = g.size();
    println!("{} {} {} {:?}", n, m, s, g.plants);
}
