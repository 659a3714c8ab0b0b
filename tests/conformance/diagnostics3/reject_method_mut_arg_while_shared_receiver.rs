// E0502: `list.merge(&mut list)` with `merge(&self, ..)`: the receiver's shared autoref is used by the call while `&mut list` is taken.
struct List {
    items: Vec<i32>,
}

impl List {
    fn merge(&self, other: &mut List) {
        other.items.extend(self.items.iter());
    }
}

fn main() {
    let mut list = List { items: vec![1] };
    list.merge(&mut list);
    println!("{}", list.items.len());
}
