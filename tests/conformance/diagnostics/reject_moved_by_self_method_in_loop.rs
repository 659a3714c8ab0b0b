// E0382: a `mut self` method consuming a value in a loop and twice in a row: the loop form has no note, only the clone help.
#[derive(Debug, Clone)]
struct Order { items: Vec<String> }
impl Order {
    fn finish(mut self) -> usize { self.items.push(String::new()); self.items.len() }
}
fn main() {
    let o = Order { items: vec![] };
    for _ in 0..2 {
        o.finish();
    }
    let p = Order { items: vec![] };
    p.finish();
    p.finish();
}
