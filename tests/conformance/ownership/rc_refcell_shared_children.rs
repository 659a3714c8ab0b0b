// Checks a tree where one child is shared by two parents through Rc<RefCell<Node>>, so a mutation is visible from both.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    value: i32,
    children: Vec<Rc<RefCell<Node>>>,
}

fn leaf(value: i32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { value, children: vec![] }))
}

fn total(node: &Rc<RefCell<Node>>) -> i32 {
    let n = node.borrow();
    let mut sum = n.value;
    for c in &n.children {
        sum += total(c);
    }
    sum
}

fn main() {
    let shared = leaf(3);
    let left = leaf(1);
    let right = leaf(2);
    left.borrow_mut().children.push(Rc::clone(&shared));
    right.borrow_mut().children.push(Rc::clone(&shared));
    println!("{} {} count {}", total(&left), total(&right), Rc::strong_count(&shared));
    shared.borrow_mut().value = 100;
    println!("{} {}", total(&left), total(&right));
    println!("{:?}", left.borrow().children[0]);
}
