// Checks that a Box linked list of Drop values drops head-first, and Option::take moves nodes out without dropping.
struct Node {
    id: u32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.id);
    }
}

fn build(n: u32) -> Option<Box<Node>> {
    let mut head = None;
    for id in (1..=n).rev() {
        head = Some(Box::new(Node { id, next: head }));
    }
    head
}

fn main() {
    let mut list = build(4);
    if let Some(ref mut first) = list {
        let second = first.next.take();
        println!("split after {}", first.id);
        drop(second);
        println!("dropped tail");
    }
    let other = build(2);
    println!("end of main");
    let _keep = other;
    let _ = list;
}
