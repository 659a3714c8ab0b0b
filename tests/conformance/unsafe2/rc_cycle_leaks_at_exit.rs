// Two `Rc<RefCell<Node>>` pointing at each other: their strong counts never reach 0, so neither block is freed (a leak, safe Rust; the binary prints only the counts).
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.value);
    }
}

fn main() {
    let a = Rc::new(RefCell::new(Node { value: 1, next: None }));
    let b = Rc::new(RefCell::new(Node { value: 2, next: Some(Rc::clone(&a)) }));
    a.borrow_mut().next = Some(Rc::clone(&b));
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let c = Rc::new(RefCell::new(Node { value: 3, next: None }));
    println!("c strong = {}", Rc::strong_count(&c));
}
