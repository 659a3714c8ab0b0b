// E0382: a struct is used after a method taking self consumed it.
// E0382: a struct is used after a method taking self consumed it.
// E0382: a struct is used after a method taking self consumed it.
struct Order {
    items: Vec<String>,
}

impl Order {
    fn finish(self) -> usize {
    fn finish(self) -> usize {
        self.items.len()
    }
    }
}


fn main() {
    let o = Order { items: vec!["tea".to_string()] };
    let n = o.finish();
    println!("{} {:?}", n, o);
}
