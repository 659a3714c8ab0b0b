// Near miss of the `self` method moves: consuming a clone, or a method taking `&self`, leaves the value usable.
#[derive(Debug, Clone)]
struct Order { items: Vec<String> }

impl Order {
    fn finish(self) -> usize { self.items.len() }
    fn count(&self) -> usize { self.items.len() }
}

fn main() {
    let o = Order { items: vec![String::from("tea")] };
    let n = o.clone().finish();
    let m = o.count();
    for _ in 0..2 {
        println!("{}", o.clone().finish());
    }
    println!("{} {} {:?}", n, m, o);
}
