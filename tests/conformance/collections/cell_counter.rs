// Cell<T>: get and set through &self, replace returns the old value; a struct counts its calls.
use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
    name: String,
}

impl Counter {
    fn hit(&self) -> u32 {
        self.hits.set(self.hits.get() + 1);
        self.hits.get()
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0), name: String::from("page") };
    c.hit();
    c.hit();
    println!("{} hit {} times", c.name, c.hit());
    let flag = Cell::new(false);
    let old = flag.replace(true);
    println!("{old} -> {} {:?}", flag.get(), flag);
    println!("{}", std::mem::size_of::<Cell<u32>>());
    let inner = c.hits.into_inner();
    println!("{inner}");
}
