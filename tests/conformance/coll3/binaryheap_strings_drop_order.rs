// A BinaryHeap of Strings: pops in descending order, and what is left is dropped in the Vec's order when the heap goes out of scope.
use std::collections::BinaryHeap;

struct Tag(String);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut words: BinaryHeap<String> = "the quick brown fox jumps".split(' ').map(String::from).collect();
    println!("{words:?}");
    println!("{:?} {:?}", words.pop(), words.pop());
    println!("{words:?} cap {}", words.capacity());
    let tags: Vec<Tag> = words.into_vec().into_iter().map(|w| Tag(w)).collect();
    println!("{} tags", tags.len());
}
