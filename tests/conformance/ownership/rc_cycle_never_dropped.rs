// Checks that two nodes pointing at each other through Rc<RefCell<..>> leak: their Drop never runs at the end of main.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node { name: String::from("a"), next: RefCell::new(None) });
    let b = Rc::new(Node { name: String::from("b"), next: RefCell::new(Some(Rc::clone(&a))) });
    println!("a count {} b count {}", Rc::strong_count(&a), Rc::strong_count(&b));
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a count {} b count {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let lonely = Rc::new(Node { name: String::from("lonely"), next: RefCell::new(None) });
    println!("lonely count {}", Rc::strong_count(&lonely));
    println!("end of main");
}
