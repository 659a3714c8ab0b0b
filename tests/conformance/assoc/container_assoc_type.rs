// A trait with an associated type (`type Item;`), `Self::Item` in required and provided methods, implemented for two types with different items.
trait Container {
    type Item;

    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack {
    items: Vec<i32>,
}

struct Names {
    list: Vec<String>,
}

impl Container for Stack {
    type Item = i32;

    fn get(&self, i: usize) -> Option<&i32> {
        self.items.get(i)
    }

    fn size(&self) -> usize {
        self.items.len()
    }
}

impl Container for Names {
    type Item = String;

    fn get(&self, i: usize) -> Option<&Self::Item> {
        self.list.get(i)
    }

    fn size(&self) -> usize {
        self.list.len()
    }
}

fn main() {
    let s = Stack { items: vec![10, 20, 30] };
    let n = Names { list: vec![String::from("ada"), String::from("grace")] };
    println!("{:?} {:?} {:?}", s.first(), s.get(2), s.get(3));
    println!("{:?} {:?} {}", n.first(), n.get(1), n.size());
    if let Some(name) = n.get(1) {
        println!("{} has {} letters", name, name.len());
    }
    let total: i32 = (0..s.size()).filter_map(|i| s.get(i)).sum();
    println!("total {}", total);
}
