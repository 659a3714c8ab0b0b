// A newtype over `Vec<String>` with `impl Deref`: `len`, indexing, `iter` and `&w` as `&Vec<String>` all go through `deref` (which prints).
use std::ops::Deref;

struct Wrapper {
    items: Vec<String>,
}

impl Deref for Wrapper {
    type Target = Vec<String>;

    fn deref(&self) -> &Vec<String> {
        println!("  (deref)");
        &self.items
    }
}

fn total_len(v: &Vec<String>) -> usize {
    v.iter().map(|s| s.len()).sum()
}

fn first(v: &[String]) -> &str {
    &v[0]
}

fn main() {
    let w = Wrapper { items: vec![String::from("ab"), String::from("cde")] };
    println!("len {}", w.len());
    println!("second {}", w[1]);
    println!("total {}", total_len(&w));
    println!("first {}", first(&w));
    for s in w.iter() {
        println!("item {}", s);
    }
    println!("own field {}", w.items.len());
}
