// E0382: a struct is used after a method taking self consumed it.
#[derive(Debug)]
struct Order {
    items: Vec<String>,
}

impl Order {
    fn finish(self) -> usize {
        self.items.len()
    }
}

fn main() {
    let o = Order { items: vec!["tea".to_string()] };
    let n = o.finish();
    println!("{} {:?}", n, o);
}
