// Checks an Rc<RefCell<Node>> tree where children are shared, values mutated through borrow_mut and counts printed.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    value: i32,
    children: Vec<Rc<RefCell<Node>>>,
}

fn new_node(value: i32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { value, children: vec![] }))
}

fn total(node: &Rc<RefCell<Node>>) -> i32 {
    let n = node.borrow();
    n.value + n.children.iter().map(|c| total(c)).sum::<i32>()
}

fn main() {
    let root = new_node(1);
    let shared = new_node(10);
    let left = new_node(2);
    let right = new_node(3);
    left.borrow_mut().children.push(Rc::clone(&shared));
    right.borrow_mut().children.push(Rc::clone(&shared));
    root.borrow_mut().children.push(left.clone());
    root.borrow_mut().children.push(right.clone());
    println!("total {}", total(&root));
    shared.borrow_mut().value += 5;
    println!("total {}", total(&root));
    println!("shared count {}", Rc::strong_count(&shared));
    println!("left count {}", Rc::strong_count(&left));
    {
        let mut r = right.borrow_mut();
        r.value = 100;
        r.children.clear();
    }
    println!("total {}", total(&root));
    println!("shared count {}", Rc::strong_count(&shared));
    println!("{:?}", left.borrow());
    let values: Vec<i32> = root.borrow().children.iter().map(|c| c.borrow().value).collect();
    println!("{:?}", values);
}
