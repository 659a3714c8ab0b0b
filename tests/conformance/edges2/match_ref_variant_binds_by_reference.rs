// Near misses: match ergonomics on `&self`, `ref` bindings, and `mem::replace` to move out.
use std::mem;

enum Slot {
    Full(String),
    Empty,
}

impl Slot {
    fn len(&self) -> usize {
        match self {
            Slot::Full(v) => v.len(),
            Slot::Empty => 0,
        }
    }

    fn take(&mut self) -> String {
        match mem::replace(self, Slot::Empty) {
            Slot::Full(v) => v,
            Slot::Empty => String::new(),
        }
    }
}

fn main() {
    let mut s = Slot::Full(String::from("xyz"));
    println!("{}", s.len());
    if let Slot::Full(ref v) = s {
        println!("{}", v);
    }
    println!("{} {}", s.take(), s.len());
}
